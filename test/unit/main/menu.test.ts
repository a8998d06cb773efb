import { describe, expect, it } from 'vitest'
import { applicationMenuTemplate } from '../../../main/menu'

describe('the application menu', () => {
  it('is absent on Windows and Linux', () => {
    expect(applicationMenuTemplate('win32')).toBeNull()
    expect(applicationMenuTemplate('linux')).toBeNull()
  })

  it('on macOS keeps the Edit shortcuts and nothing that reloads, navigates or opens developer tools', () => {
    const template = applicationMenuTemplate('darwin')
    const roles = template!.map((item) => item.role)
    expect(roles).toContain('editMenu')
    for (const item of template!) {
      expect(item.submenu, String(item.role)).toBeUndefined()
      expect(item.click, String(item.role)).toBeUndefined()
      expect(['reload', 'forceReload', 'toggleDevTools', 'viewMenu', 'help']).not.toContain(item.role)
    }
  })
})
