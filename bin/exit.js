'use strict';
/**
 * Ends the process once stdout and stderr have handed everything to the pipe. `process.exit()`
 * right after a large write drops what a pipe has not taken yet (`rapk check --json | jq` was
 * cut at 64 KB); a write's callback runs only after every earlier write on that stream.
 */
function exitWhenDrained(code) {
  process.exitCode = code;
  let pending = 2;
  const done = () => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.writableEnded || stream.destroyed) done();
    else stream.write('', done);
  }
}

module.exports = { exitWhenDrained };
