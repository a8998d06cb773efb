import { basename } from 'node:path'

/** The last part of a suggested file name, never a way out of the folder it is joined to. */
export function defaultFileName(suggested: string): string {
  const name = basename(suggested.replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f]/g, '')
  return name === '' || name === '.' || name === '..' ? 'untitled' : name
}
