/* eslint-disable no-undef */
/**
 * Builds the add-in into dist/: taskpane.html with the one bundle of the shared runtime (task
 * pane + ribbon commands + custom functions), functions.json (from the JSDoc of
 * src/functions/functions.ts) and functions-vi.json (its Vietnamese localisation), functions.js
 * (the custom-functions Script the manifest schema requires; the shared runtime runs the
 * functions from the page instead), the manifest and the icons.
 *
 * Production URL: set ADDIN_URL (e.g. https://tttt.example.vn/) to rewrite https://localhost:3000/
 * in the copied manifest.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const ViMetadataPlugin = require('./src/functions/metadata/vi-metadata-plugin.js');

const urlDev = 'https://localhost:3000/';

/** https options for the dev server, from office-addin-dev-certs (generated offline on first use). */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const urlProd = process.env.ADDIN_URL || urlDev;
  return {
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // A lazily loaded module is imported as './x.js' (TypeScript's nodenext rule); it is x.ts here.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; here only transpile, as ES modules so
            // webpack can drop what the bundle does not use.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: './src/functions/functions.ts', output: 'functions.json' }),
      new ViMetadataPlugin({ input: 'functions.json', output: 'functions-vi.json' }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    devServer: {
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serving ? { type: 'https', options: await httpsOptions() } : 'https',
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
};
