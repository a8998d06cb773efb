import type { MenuItemConstructorOptions } from 'electron'

/**
 * The application menu. Windows and Linux get none (copy and paste work
 * without one there); macOS needs the app and Edit menus for its keyboard
 * shortcuts. No item reloads, navigates or opens developer tools.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null
  return [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]
}
