/**
 * bitext-align's Node-only helpers: reading dictionaries from files. The
 * main entry point (`bitext-align`) runs in browsers too; this one
 * (`bitext-align/node`) needs Node's file system.
 *
 * @packageDocumentation
 */
export { loadDictionary } from './lexicon/load.js'
