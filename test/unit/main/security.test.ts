import type { App, Session, WebContents } from 'electron'
import { beforeEach, describe, expect, it } from 'vitest'
import { guardSession, guardWebContents, installSecurityGuards } from '../../../main/security'
import { fakeElectron, fakeEvent, FakeSession, FakeWebContents, resetFakeElectron } from './fake-electron'

function guardedContents(): FakeWebContents {
  const contents = new FakeWebContents()
  guardWebContents(contents as unknown as WebContents)
  return contents
}

function guardedSession(): FakeSession {
  const session = new FakeSession()
  guardSession(session as unknown as Session)
  return session
}

async function requestPermission(session: FakeSession, permission: string, requestingUrl: string): Promise<boolean> {
  return new Promise((resolve) => {
    session.permissionRequestHandler!({}, permission, resolve, { requestingUrl, isMainFrame: true })
  })
}

describe('navigation guards', () => {
  beforeEach(resetFakeElectron)

  it.each([
    'https://attacker.example/phish',
    'app://casebook/other.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://ico.org.uk/make-a-complaint/'
  ])('prevents the window from navigating to %s', (url) => {
    const contents = guardedContents()
    const event = fakeEvent({ url, isMainFrame: true })
    contents.emit('will-navigate', event)
    expect(event.defaultPrevented).toBe(true)
  })

  it('hands a listed site to the system browser instead, and nothing else', () => {
    const contents = guardedContents()
    contents.emit('will-navigate', fakeEvent({ url: 'https://ico.org.uk/make-a-complaint/' }))
    contents.emit('will-navigate', fakeEvent({ url: 'https://ico.org.uk.attacker.com/' }))
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledTimes(1)
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledWith('https://ico.org.uk/make-a-complaint/')
  })

  it('prevents every redirect', () => {
    const contents = guardedContents()
    const event = fakeEvent({ url: 'app://casebook/index.html', isMainFrame: true })
    contents.emit('will-redirect', event)
    expect(event.defaultPrevented).toBe(true)
  })

  it('lets a subframe show the app’s own blobs, but no remote page, and never moves the main frame', () => {
    const contents = guardedContents()
    const cases = [
      { url: 'blob:app://casebook/4a5b6c', isMainFrame: false, prevented: false },
      { url: 'about:blank', isMainFrame: false, prevented: false },
      { url: 'blob:https://attacker.example/4a5b6c', isMainFrame: false, prevented: true },
      { url: 'https://attacker.example/', isMainFrame: false, prevented: true },
      { url: 'app://casebook/index.html', isMainFrame: true, prevented: true }
    ]
    for (const { url, isMainFrame, prevented } of cases) {
      const event = fakeEvent({ url, isMainFrame })
      contents.emit('will-frame-navigate', event)
      expect(event.defaultPrevented, url).toBe(prevented)
    }
  })

  it('prevents webviews from attaching', () => {
    const contents = guardedContents()
    const event = fakeEvent()
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://attacker.example/' })
    expect(event.defaultPrevented).toBe(true)
  })

  it('denies every new window, opening only listed sites in the system browser', () => {
    const contents = guardedContents()
    const handler = contents.windowOpenHandler!
    expect(handler({ url: 'https://attacker.example/' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'app://casebook/index.html' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'https://www.legislation.gov.uk/ukpga/2018/12' })).toEqual({ action: 'deny' })
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledTimes(1)
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledWith('https://www.legislation.gov.uk/ukpga/2018/12')
  })

  it('guards every webContents the app creates', () => {
    installSecurityGuards(fakeElectron.app as unknown as App)
    const contents = new FakeWebContents()
    fakeElectron.app.emit('web-contents-created', fakeEvent(), contents)
    expect(contents.windowOpenHandler).toBeDefined()
    const event = fakeEvent({ url: 'https://attacker.example/' })
    contents.emit('will-navigate', event)
    expect(event.defaultPrevented).toBe(true)
  })
})

describe('session guards', () => {
  beforeEach(resetFakeElectron)

  it.each(['geolocation', 'media', 'notifications', 'openExternal', 'midiSysex', 'hid', 'fullscreen', 'unknown'])(
    'refuses %s, even to the app itself',
    async (permission) => {
      const session = guardedSession()
      expect(await requestPermission(session, permission, 'app://casebook/index.html')).toBe(false)
      expect(session.permissionCheckHandler!(null, permission, 'app://casebook', {})).toBe(false)
    }
  )

  it('grants persistent storage and clipboard writing to the app’s own pages only', async () => {
    const session = guardedSession()
    for (const permission of ['persistent-storage', 'clipboard-sanitized-write']) {
      expect(await requestPermission(session, permission, 'app://casebook/index.html')).toBe(true)
      expect(session.permissionCheckHandler!(null, permission, 'app://casebook', {})).toBe(true)
      expect(await requestPermission(session, permission, 'https://attacker.example/')).toBe(false)
      expect(session.permissionCheckHandler!(null, permission, 'https://attacker.example', {})).toBe(false)
      expect(session.permissionCheckHandler!(null, permission, 'app://casebook.attacker', {})).toBe(false)
    }
  })

  it('cancels downloads of anything but the app’s own blobs', () => {
    const session = guardedSession()
    const download = (url: string) => {
      const event = fakeEvent()
      session.emit('will-download', event, { getURL: () => url }, {}, null)
      return event.defaultPrevented
    }
    expect(download('https://attacker.example/payload.exe')).toBe(true)
    expect(download('http://127.0.0.1:8080/file')).toBe(true)
    expect(download('data:application/octet-stream;base64,AAAA')).toBe(true)
    expect(download('blob:app://casebook/1f2e3d')).toBe(false)
  })
})
