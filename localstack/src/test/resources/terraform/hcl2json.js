// Parses every .tf file of a folder with @cdktf/hcl2json and prints {"file.tf": <its JSON>, ...}.
// Usage: node hcl2json.js <unpacked @cdktf/hcl2json package> <folder of .tf files>
//
// The package's parser needs fs-extra only for calls node's own fs makes as well (readFile as a
// promise, readdirSync, lstatSync, readFileSync), so those are handed to it instead of installing
// fs-extra and its dependencies.
const Module = require('module');
const fs = require('fs');
const path = require('path');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'fs-extra' ? 'fs-extra-from-node-fs' : resolve.call(this, request, ...rest);
};
require.cache['fs-extra-from-node-fs'] = {
  id: 'fs-extra-from-node-fs', filename: 'fs-extra-from-node-fs', loaded: true,
  exports: { ...fs, readFile: fs.promises.readFile },
};

const hcl2json = require(process.argv[2]);
const folder = process.argv[3];

(async () => {
  const parsed = {};
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.tf')).sort()) {
    parsed[file] = await hcl2json.parse(file, fs.readFileSync(path.join(folder, file), 'utf8'));
  }
  process.stdout.write(JSON.stringify(parsed));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
