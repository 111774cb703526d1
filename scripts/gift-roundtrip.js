// Usage: npm install gift-pegjs@1.0.2, then
//   lectern export-quizzes --out bank.gift && lectern export-quizzes --format json --out bank.json
//   NODE_PATH=node_modules node scripts/gift-roundtrip.js bank.gift bank.json
// Checks that every question of a GIFT export parses back to the same texts as the JSON export.
// gift-pegjs 1.0.2 leaves "\\:" undecoded on the right side of matching pairs (its escapedCharacterDecode is not applied there).
const p = require("gift-pegjs"), fs = require("fs");
const gift = p.parse(fs.readFileSync(process.argv[2], "utf8")).filter(q => q.type !== "Category");
const bank = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const src = {};
bank.quizzes.forEach(z => z.questions.forEach(q => src[q.id] = q));
let bad = 0, checked = 0;
for (const g of gift) {
  const s = src[g.title];
  if (!s) { console.log("unknown", g.title); bad++; continue; }
  checked++;
  const want = s.q.trim();
  if (g.stem.text !== want) { bad++; console.log("stem", g.title, JSON.stringify(g.stem.text), JSON.stringify(want)); }
  if (s.explain && (!g.globalFeedback || g.globalFeedback.text !== s.explain.trim())) { bad++; console.log("explain", g.title, g.globalFeedback); }
  if (g.type === "MC") s.answers.forEach((a, i) => {
    const c = g.choices[i];
    if (!c || c.text.text !== a.text.trim()) { bad++; console.log("choice", g.title, c && c.text.text, a.text); }
    if (a.why && (!c.feedback || c.feedback.text !== a.why.trim())) { bad++; console.log("why", g.title, c.feedback, a.why); }
  });
  if (g.type === "Matching" && s.match) s.match.forEach(({left: l, right: r}, i) => {
    const m = g.matchPairs[i];
    if (!m || m.subquestion.text !== l || m.subanswer.replace(/&&058;/g, ":") !== r) { bad++; console.log("match", g.title, JSON.stringify(m), l, r); }
  });
  if (g.type === "Short") s.accept.filter(a => !/^\/.*\/$/.test(a)).forEach((a, i) => {
    if (!g.choices[i] || g.choices[i].text.text !== a) { bad++; console.log("short", g.title, g.choices[i], a); }
  });
}
console.log(checked + " questions checked, " + bad + " differences");
process.exit(bad ? 1 : 0);
