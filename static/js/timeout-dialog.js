// Warn before the idle timeout and let the user stay signed in without leaving the page
// (HMRC's timeout-dialog behaviour). If they do nothing, the form they were filling in is sent
// to the server to be kept, and they are signed out; nothing is stored in the browser.

const ONE_SECOND = 1000

function csrfToken () {
  const meta = document.querySelector('meta[name="csrf-token"]')
  return meta ? meta.content : ''
}

function describe (seconds) {
  if (seconds >= 60) {
    const minutes = Math.ceil(seconds / 60)
    return minutes === 1 ? '1 minute' : `${minutes} minutes`
  }
  return seconds === 1 ? '1 second' : `${seconds} seconds`
}

async function askServer (url, method) {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    redirect: 'manual',
    headers: { 'X-CSRFToken': csrfToken(), Accept: 'application/json' }
  })
  if (!response.ok) throw new Error('session ended')
  return (await response.json()).seconds_left
}

// The form holding the user's work: the first POST form that is not a plain action button.
function workForm () {
  return Array.from(document.querySelectorAll('main form[method="post"]'))
    .find((form) => form.querySelector('input:not([type="hidden"]):not([type="submit"]), textarea, select'))
}

export function startTimeoutDialog (body) {
  const dialog = document.getElementById('timeout-dialog')
  if (!dialog || !body.dataset.idleSeconds || typeof dialog.showModal !== 'function') return

  const warningSeconds = Number(body.dataset.warningSeconds)
  const countdown = dialog.querySelector('[data-timeout-countdown]')
  const announcement = dialog.querySelector('[data-timeout-announcement]')
  let timer = null
  let deadline = 0

  function schedule (secondsLeft) {
    clearTimeout(timer)
    clearInterval(timer)
    const wait = Math.max(0, secondsLeft - warningSeconds)
    timer = setTimeout(check, wait * ONE_SECOND)
  }

  async function check () {
    let secondsLeft
    try {
      secondsLeft = await askServer(body.dataset.statusUrl, 'GET')
    } catch (error) {
      return timedOut()
    }
    // Another tab may have kept the session alive meanwhile.
    if (secondsLeft > warningSeconds + 5) return schedule(secondsLeft)
    open(secondsLeft)
  }

  function open (secondsLeft) {
    deadline = Date.now() + secondsLeft * ONE_SECOND
    tick()
    announcement.textContent = `For your security, we will sign you out in ${describe(secondsLeft)}.`
    dialog.showModal()
    timer = setInterval(tick, ONE_SECOND)
  }

  function tick () {
    const left = Math.max(0, Math.round((deadline - Date.now()) / ONE_SECOND))
    countdown.textContent = describe(left)
    if (left === 30 || left === 10) {
      announcement.textContent = `We will sign you out in ${describe(left)}.`
    }
    // Act a few seconds early so the server still knows who sent the form.
    if (left <= 3) timedOut()
  }

  async function stay () {
    clearInterval(timer)
    try {
      const secondsLeft = await askServer(body.dataset.keepAliveUrl, 'POST')
      dialog.close()
      schedule(secondsLeft)
    } catch (error) {
      timedOut()
    }
  }

  function timedOut () {
    clearInterval(timer)
    clearTimeout(timer)
    const form = workForm()
    if (form) {
      const flag = document.createElement('input')
      flag.type = 'hidden'
      flag.name = '_timed_out'
      flag.value = '1'
      form.appendChild(flag)
      // A field named "submit" hides form.submit, so call the prototype's method.
      HTMLFormElement.prototype.submit.call(form)
      return
    }
    signOut('idle')
  }

  function signOut (reason) {
    const form = document.querySelector('form[data-sign-out]')
    if (!form) {
      window.location.href = body.dataset.signInUrl
      return
    }
    if (reason) {
      const field = document.createElement('input')
      field.type = 'hidden'
      field.name = 'reason'
      field.value = reason
      form.appendChild(field)
    }
    HTMLFormElement.prototype.submit.call(form)
  }

  dialog.querySelector('[data-timeout-keep-alive]').addEventListener('click', stay)
  dialog.querySelector('[data-timeout-sign-out]').addEventListener('click', () => signOut(null))
  // Escape means "stay signed in", as in HMRC's dialog.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault()
    stay()
  })
  schedule(Number(body.dataset.idleSeconds))
}
