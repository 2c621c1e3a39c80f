// Progressive enhancement only: every page works without this file.
import { initAll } from '../govuk/govuk-frontend.min.js'
import { startAllAutosaves } from './autosave.js'
import { startTimeoutDialog } from './timeout-dialog.js'

initAll()
startTimeoutDialog(document.body)
startAllAutosaves(document)
