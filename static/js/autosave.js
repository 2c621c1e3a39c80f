// Autosave for journey forms: a few seconds after typing stops, the form is sent to the same
// address as "Save and continue" would send it, asking for JSON back. Every save carries the
// version it was based on, so a stale one is refused by the server, never silently applied.
// Nothing is kept in the browser's storage.

const QUIET_MS = 2500

function describeTime (date) {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
}

export function startAutosave (form) {
  if (!form || form.dataset.autosave !== 'on') return
  const status = form.querySelector('[data-autosave-status]')
  const versionField = form.querySelector('input[name="version"]')
  let timer = null
  let sending = false
  let again = false
  let stopped = false

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
    try {
      const response = await fetch(form.getAttribute('action') || window.location.href, {
        method: 'POST',
        body: new FormData(form),
        credentials: 'same-origin',
        headers: { Accept: 'application/json' }
      })
      const answer = await response.json().catch(() => ({}))
      if (response.ok && answer.saved) {
        versionField.value = answer.version
        say(`Saved automatically at ${describeTime(new Date())}`)
        refreshFindings()
      } else if (response.status === 422) {
        say('Not saved yet: some answers need changing. Select "Save and continue" to see what.')
      } else if (response.status === 409) {
        stopped = true
        say(answer.locked
          ? answer.message
          : 'This assessment was changed somewhere else. Select "Save and continue" to compare ' +
            'the two versions; nothing you typed is lost.')
      } else {
        say('Could not save automatically. What you typed is still here: select "Save and continue".')
      }
    } catch (error) {
      say('Could not save automatically. What you typed is still here: select "Save and continue".')
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

  form.addEventListener('input', schedule)
  form.addEventListener('change', schedule)
  // A real submit takes over: never race it with an autosave.
  form.addEventListener('submit', () => {
    stopped = true
    clearTimeout(timer)
  })
}

// Ask the rubric again about the saved assessment and show what it says in the panel.
export async function refreshFindings () {
  const panel = document.querySelector('[data-findings-panel]')
  if (!panel) return
  const token = document.querySelector('meta[name="csrf-token"]')
  try {
    const response = await fetch('/api/check', {
      method: 'POST',
      credentials: 'same-origin',
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
    if (!response.ok) return
    const answer = await response.json()
    const fresh = new DOMParser().parseFromString(answer.html, 'text/html')
      .querySelector('[data-findings-panel]')
    if (!fresh) return
    // Keep the live region in place so screen readers announce what changed inside it.
    panel.querySelector('#findings-title').textContent = fresh.querySelector('#findings-title').textContent
    panel.querySelector('[data-findings-list]').replaceChildren(
      ...fresh.querySelector('[data-findings-list]').childNodes)
    // Spelling and grammar: its own heading and live region in the same panel.
    const spelling = panel.querySelector('[data-spelling-list]')
    if (spelling && fresh.querySelector('[data-spelling-list]')) {
      panel.querySelector('[data-spelling-title]').textContent =
        fresh.querySelector('[data-spelling-title]').textContent
      spelling.replaceChildren(...fresh.querySelector('[data-spelling-list]').childNodes)
    }
  } catch (error) {
    // The panel keeps what it showed; the next save tries again.
  }
}

export function startAllAutosaves (root) {
  root.querySelectorAll('form[data-autosave="on"]').forEach(startAutosave)
}
