export { renderLetterPdf, renderLettersPdf, type RenderOptions } from './render'
export { loadLetterFonts, defaultFontsFolder, FONT_FILES, type LetterFonts } from './fonts'
export { checkLogo, LogoError, LOGO_MAX_BYTES, type LogoFormat } from './logo'
export { wrapText } from './wrap'
