// wink-nlp over every .txt file of a folder, best of N rounds, printing MB/s and tokens/s twice: its tokenizer alone
// (an empty pipe) and its default pipe (sentences, negation, sentiment, part of speech, entities).
// Usage: node tokenize.js FOLDER [ROUNDS]
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const folder = process.argv[2];
const rounds = Number(process.argv[3] || 5);
const texts = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);

function measure(label, nlp) {
  let best = Infinity;
  let tokens = 0;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    tokens = 0;
    for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  console.log(`wink-nlp ${label}: ${(bytes / 1e6).toFixed(1)} MB, ${tokens} tokens, best of ${rounds}: ` +
    `${(bytes / 1e6 / best).toFixed(1)} MB/s, ${(tokens / best / 1e6).toFixed(2)} M tokens/s (${best.toFixed(2)} s)`);
}

measure('tokenizer', winkNLP(model, []));
measure('default pipe', winkNLP(model));
