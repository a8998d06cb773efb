import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

const eslint = new ESLint()

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('process boundaries', () => {
  it('keeps src/ free of Electron, Node, React and the database', async () => {
    expect(await restrictedImports('src/domain/x.ts', "import { app } from 'electron'\nexport const a = app\n")).toHaveLength(1)
    expect(await restrictedImports('src/domain/x.ts', "import { readFile } from 'node:fs'\nexport const a = readFile\n")).toHaveLength(1)
    expect(await restrictedImports('src/domain/x.ts', "import { useState } from 'react'\nexport const a = useState\n")).toHaveLength(1)
    expect(await restrictedImports('src/domain/x.ts', "import { z } from 'zod'\nexport const a = z\n")).toEqual([])
  })

  it('keeps main/ and renderer/ apart', async () => {
    expect(await restrictedImports('main/x.ts', "import { App } from '../renderer/app/App'\nexport const a = App\n")).toHaveLength(1)
    expect(await restrictedImports('renderer/x.ts', "import { services } from '../main/services'\nexport const a = services\n")).toHaveLength(1)
    expect(await restrictedImports('renderer/x.ts', "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n")).toHaveLength(1)
    expect(await restrictedImports('renderer/x.ts', "import { contract } from '../src/ipc/contract'\nexport const a = contract\n")).toEqual([])
  })
})
