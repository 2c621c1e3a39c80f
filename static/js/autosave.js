// Autosave for journey forms: a few seconds after typing stops, the form is sent to the same
// address as "Save and continue" would send it, asking for JSON back. Every save carries the
// version it was based on, so a stale one is refused by the server, never silently applied.
// Nothing is kept in the browser's storage.
//
// The findings panel beside the form speaks only for text it was given. From the first change
// after a check until the check of that change comes back it says it is still checking; when the
// save or the check fails it says it could not check. An answer for an older text (an earlier
// save's check arriving late, or one for another tab's version) is never shown, so the panel
// never says "No spelling mistakes found" about words it has not seen.

const QUIET_MS = 2500
// When the service is busy (503, 429) or cannot be reached, the save is tried again after these
// waits (or the server's Retry-After, if longer); after the last, the worker is asked to save.
const RETRY_MS = [2000, 5000, 10000, 20000, 40000]
// A check that has not answered by then is given up, and the panel says so.
const CHECK_TIMEOUT_MS = 20000

const STILL_CHECKING = 'Still checking: your changes are checked once they are saved, a few ' +
  'seconds after you stop typing.'
const CHECKING_SAVED = 'Still checking: your changes are saved and being checked.'
const NOT_CHECKED = 'Not checked: your latest changes are not saved yet.'
const COULD_NOT_SAVE = 'Could not save automatically. What you typed is still here: select ' +
  '"Save and continue".'
const COULD_NOT_CHECK = 'Could not check your latest changes just now. Select "Save and ' +
  'continue" to check them.'

// Each part of the panel: its live region, and what marks one thing listed in it.
const PANEL_PARTS = [
  ['[data-findings-list]', '.assist-finding'],
  ['[data-spelling-list]', '[data-spelling-issue]']
]

function describeTime (date) {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
}

// Say in each part of the panel that what it shows is not about the text as it is now. A part
// listing nothing loses its verdict ("Nothing to flag", "No spelling mistakes found"): that was
// about the text before. One listing issues keeps them (they may still be there) under the note.
function panelSays (panel, text, { busy = false } = {}) {
  if (!panel) return
  for (const [regionSelector, listedSelector] of PANEL_PARTS) {
    const region = panel.querySelector(regionSelector)
    if (!region) continue
    let note = region.querySelector('[data-panel-note]')
    if (!note) {
      note = document.createElement('p')
      note.className = 'govuk-body'
      note.dataset.panelNote = ''
    }
    note.textContent = text
    if (region.querySelector(listedSelector)) {
      region.prepend(note)
    } else {
      region.replaceChildren(note)
    }
    // While busy, screen readers wait for the answer rather than announce each change.
    region.setAttribute('aria-busy', busy ? 'true' : 'false')
  }
}

export function startAutosave (form) {
  if (!form || form.dataset.autosave !== 'on') return
  const status = form.querySelector('[data-autosave-status]')
  const versionField = form.querySelector('input[name="version"]')
  const panel = document.querySelector('[data-findings-panel]')
  let timer = null
  let sending = false
  let again = false
  let stopped = false
  let changes = 0 // how many changes have been made on this page: a check is for one of them
  let failures = 0 // busy answers in a row: how long to wait before trying again

  function say (text) {
    if (status) status.textContent = text
  }

  async function send () {
    if (stopped) return
    if (sending) {
      again = true
      return
    }
    sending = true
    const changesSent = changes
    try {
      const response = await fetch(form.getAttribute('action') || window.location.href, {
        method: 'POST',
        body: new FormData(form),
        credentials: 'same-origin',
        headers: { Accept: 'application/json' }
      })
      const answer = await response.json().catch(() => ({}))
      if (response.status === 503 || response.status === 429 || response.status >= 500) {
        tryAgainLater(response.headers.get('Retry-After'))
        return
      }
      failures = 0
      if (response.ok && answer.saved) {
        versionField.value = answer.version
        say(`Saved automatically at ${describeTime(new Date())}`)
        // Typed since this save was sent: the next save's check speaks for the text.
        if (changes === changesSent) {
          refreshFindings(panel, answer.version, () => changes === changesSent)
        }
      } else if (response.status === 422) {
        say('Not saved yet: some answers need changing. Select "Save and continue" to see what.')
        panelSays(panel, NOT_CHECKED)
      } else if (response.status === 409) {
        stopped = true
        say(answer.locked
          ? answer.message
          : 'This assessment was changed somewhere else. Select "Save and continue" to compare ' +
            'the two versions; nothing you typed is lost.')
        panelSays(panel, NOT_CHECKED)
      } else {
        say(COULD_NOT_SAVE)
        panelSays(panel, NOT_CHECKED)
      }
    } catch (error) {
      tryAgainLater(null) // no answer at all: the network, or the server restarting
    } finally {
      sending = false
      if (again) {
        again = false
        schedule()
      }
    }
  }

  function schedule () {
    clearTimeout(timer)
    timer = setTimeout(send, QUIET_MS)
  }

  // A busy service is not a failed save: wait, say so, and send the form as it is then.
  function tryAgainLater (retryAfter) {
    panelSays(panel, NOT_CHECKED)
    if (failures >= RETRY_MS.length) {
      failures = 0
      say(COULD_NOT_SAVE)
      return
    }
    const asked = Number(retryAfter) * 1000 || 0
    const wait = Math.max(RETRY_MS[failures], Math.min(asked, 60000))
    failures += 1
    say(`Not saved yet: the service is busy. Trying again in ${Math.round(wait / 1000)} ` +
      'seconds; what you typed is still here.')
    clearTimeout(timer)
    timer = setTimeout(send, wait)
  }

  function changed () {
    changes += 1
    if (!stopped) panelSays(panel, STILL_CHECKING, { busy: true })
    schedule()
  }

  form.addEventListener('input', changed)
  form.addEventListener('change', changed)
  // A real submit takes over: never race it with an autosave.
  form.addEventListener('submit', () => {
    stopped = true
    clearTimeout(timer)
  })
}

let checksAsked = 0 // numbers each check, so only the latest one asked for is ever shown
let checkInFlight = null

// Ask the rubric and the spelling checker again about the saved assessment, and show what they
// say in the panel, if the answer is for ``version`` (the save just made) and ``stillCurrent()``
// (nothing typed since). Otherwise a later save's check will speak for the text.
export async function refreshFindings (panel, version, stillCurrent = () => true) {
  if (!panel) return
  panelSays(panel, CHECKING_SAVED, { busy: true })
  const asked = ++checksAsked
  // An earlier save's check is for an older text: its answer is no longer wanted.
  if (checkInFlight) checkInFlight.abort()
  const controller = new AbortController()
  checkInFlight = controller
  const giveUp = setTimeout(() => controller.abort(), CHECK_TIMEOUT_MS)
  const token = document.querySelector('meta[name="csrf-token"]')
  let answer = null
  try {
    const response = await fetch('/api/check', {
      method: 'POST',
      credentials: 'same-origin',
      signal: controller.signal,
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'X-CSRFToken': token ? token.content : ''
      },
      body: JSON.stringify({
        assessment_id: Number(panel.dataset.assessment),
        section: panel.dataset.section || null,
        // An item's own edit page has no buttons in its panel: pressing one would reload the
        // page and lose what was typed since the last autosave.
        actions: panel.dataset.actions !== 'off',
        back: window.location.pathname
      })
    })
    if (response.ok) answer = await response.json()
  } catch (error) {
    answer = null // failed, timed out or superseded: which, is decided below
  } finally {
    clearTimeout(giveUp)
    if (checkInFlight === controller) checkInFlight = null
  }
  if (asked !== checksAsked || !stillCurrent()) return
  // The answer must be about the text this save made, not an older or another tab's version.
  const fresh = answer && String(answer.version) === String(version)
    ? new DOMParser().parseFromString(answer.html, 'text/html').querySelector('[data-findings-panel]')
    : null
  if (!fresh) {
    panelSays(panel, COULD_NOT_CHECK)
    return
  }
  showPanel(panel, fresh)
}

function showPanel (panel, fresh) {
  // Keep the live regions in place so screen readers announce what changed inside them.
  panel.querySelector('#findings-title').textContent = fresh.querySelector('#findings-title').textContent
  const findings = panel.querySelector('[data-findings-list]')
  findings.replaceChildren(...fresh.querySelector('[data-findings-list]').childNodes)
  findings.setAttribute('aria-busy', 'false')
  // Spelling and grammar: its own heading and live region in the same panel.
  const spelling = panel.querySelector('[data-spelling-list]')
  if (spelling && fresh.querySelector('[data-spelling-list]')) {
    panel.querySelector('[data-spelling-title]').textContent =
      fresh.querySelector('[data-spelling-title]').textContent
    spelling.replaceChildren(...fresh.querySelector('[data-spelling-list]').childNodes)
    spelling.setAttribute('aria-busy', 'false')
  }
}

export function startAllAutosaves (root) {
  root.querySelectorAll('form[data-autosave="on"]').forEach(startAutosave)
}
