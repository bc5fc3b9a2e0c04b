/** The action id the manifest's ExecuteFunction names (`<FunctionName>`) and commands.ts registers. */
export const BUILD_ACTION = 'buildTables';
