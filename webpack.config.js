/* eslint-disable */
// Task pane, ribbon function file and browser harness. `npm start` serves them over https on
// localhost:3000 (self-signed certificate when Office's dev certificates are not installed);
// `npm run build:web` writes the production build to dist/web.
const path = require('path');
const fs = require('fs');
const os = require('os');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinUrlOf, manifestFor } = require('./scripts/manifest');

const PORT = Number(process.env.RAPK_PORT || 3000);

async function httpsOptions() {
  // 1. Office's dev certificates, when `npx office-addin-dev-certs install` was run (Windows/Mac)
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const key = path.join(dir, 'localhost.key');
  const cert = path.join(dir, 'localhost.crt');
  const ca = path.join(dir, 'ca.crt');
  if (fs.existsSync(key) && fs.existsSync(cert)) {
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}) };
  }
  // 2. a self-signed certificate (browsers ask once; Excel needs the Office certificates above)
  const selfsigned = require('selfsigned');
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], { days: 365, keySize: 2048 });
  return { key: pems.private, cert: pems.cert };
}

module.exports = async (env, argv) => {
  const prod = argv.mode === 'production';
  // the production manifest's address: --env addinUrl=https://… or RAPK_ADDIN_URL (README, Deployment)
  const addinUrl = addinUrlOf(env, process.env);
  if (prod && !addinUrl)
    console.warn(
      'dist/web/manifest.xml names https://localhost:3000: build with --env addinUrl=https://… (or RAPK_ADDIN_URL) for a manifest to deploy.',
    );
  return {
    devtool: prod ? false : 'source-map',
    entry: {
      taskpane: './src/host/taskpane.tsx',
      commands: './src/commands/commands.ts',
      harness: './src/harness/index.tsx',
      // the Rekap's Web Worker (with its xlsx reader): loaded by the pane only when a Rekap runs
      'rekap-worker': './src/worker/rekap.worker.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      // the worker keeps a fixed name (the pane asks for it with ?v=<build id> against stale caches)
      filename: (p) => (p.chunk && p.chunk.name === 'rekap-worker' ? '[name].js' : '[name].[contenthash:8].js'),
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.web.json' } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __BUILD_ID__: JSON.stringify(String(Date.now())) }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/host/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'harness.html', template: './src/harness/harness.html', chunks: ['harness'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (addinUrl ? manifestFor(content.toString('utf8'), addinUrl) : content),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_BUILD
      ? undefined
      : {
          port: PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          static: false,
          open: false,
          client: { overlay: { warnings: false } },
        },
  };
};
