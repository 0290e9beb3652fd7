/**
 * scripts/site/read-record.ts: a render's data behind the recording proxies reads as the data itself does
 * (values, frozen objects, arrays, key listings, JSON, calls), and readsSame says whether other data would
 * read the same: true where only what was not read differs, false for any value, key list, `in` check or
 * called function that differs.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readsSame, recordReads } from "../../scripts/site/read-record.ts";

interface Data {
  edition: { name: string; contacts: { actor: string; phone: string }[]; notes: Record<string, string> };
  build: { id: string };
  url: (id: string) => string;
  permalink: () => string;
}

const data = (changes: (data: Data) => void = () => {}): Data => {
  const made: Data = {
    edition: {
      name: "Esimerkkialue",
      contacts: [
        { actor: "kuntoutusohjaaja", phone: "+358 000 000 0003" },
        { actor: "sosiaalityontekija", phone: "09 000 0002" },
      ],
      notes: { tyoton: "Huomio" },
    },
    build: { id: "abc" },
    url: (id) => `/toimijat/${id}/`,
    permalink: () => "/",
  };
  changes(made);
  return made;
};

/** What a render reading `read` of the data made, and whether `other` data would read the same. */
function readThen<T>(read: (data: Data) => T, other: Data, original = data()): { value: T; same: boolean } {
  const recording = recordReads(original);
  const value = read(recording.data);
  return { value, same: readsSame(recording.reads, other) };
}

const firstPhone = (d: Data) => d.edition.contacts[0]!.phone;

test("a value read: the same where only what was not read differs, not where the value does", () => {
  assert.is(readThen(firstPhone, data()).value, "+358 000 000 0003");
  assert.ok(
    readThen(
      firstPhone,
      data((d) => (d.edition.name = "Toinen alue")),
    ).same,
  );
  assert.ok(
    readThen(
      firstPhone,
      data((d) => (d.build.id = "def")),
    ).same,
  );
  assert.not.ok(
    readThen(
      firstPhone,
      data((d) => (d.edition.contacts[0]!.phone = "+358 000 000 0009")),
    ).same,
  );
  assert.not.ok(
    readThen(
      firstPhone,
      data((d) => d.edition.contacts.shift()),
    ).same,
  );
});

test("frozen data reads as it is, through proxies of its parts", () => {
  const frozen = data();
  for (const contact of frozen.edition.contacts) Object.freeze(contact);
  Object.freeze(frozen.edition.contacts);
  Object.freeze(frozen.edition);
  const { value, same } = readThen((d) => d.edition.contacts.map((c) => c.actor).join(","), data(), frozen);
  assert.is(value, "kuntoutusohjaaja,sosiaalityontekija");
  assert.ok(same);
});

test("listing, iterating and serialising read the keys and every value: one more key or item differs", () => {
  const listed = (d: Data) => Object.keys(d.edition.notes).join();
  assert.is(readThen(listed, data()).value, "tyoton");
  assert.not.ok(
    readThen(
      listed,
      data((d) => (d.edition.notes.sairaana = "Toinen")),
    ).same,
  );
  const json = (d: Data) => JSON.stringify(d.edition);
  assert.is(readThen(json, data()).value, JSON.stringify(data().edition));
  assert.ok(readThen(json, data()).same);
  assert.not.ok(
    readThen(
      json,
      data((d) => (d.edition.notes.tyoton = "Muutettu")),
    ).same,
  );
  const iterated = (d: Data) => [...d.edition.contacts].length;
  assert.is(readThen(iterated, data()).value, 2);
  assert.ok(Array.isArray(recordReads(data()).data.edition.contacts), "an array still is one");
  assert.not.ok(
    readThen(
      iterated,
      data((d) => d.edition.contacts.push({ actor: "x", phone: "y" })),
    ).same,
  );
});

test("`in` and own-property checks are read too", () => {
  const has = (d: Data) => "sairaana" in d.edition.notes;
  assert.is(readThen(has, data()).value, false);
  assert.not.ok(
    readThen(
      has,
      data((d) => (d.edition.notes.sairaana = "Toinen")),
    ).same,
  );
  const own = (d: Data) => Object.prototype.hasOwnProperty.call(d.edition.notes, "tyoton");
  assert.not.ok(
    readThen(
      own,
      data((d) => delete d.edition.notes.tyoton),
    ).same,
  );
});

test("a function counts only if called: then it must be the same one", () => {
  const url = (d: Data) => d.url("kela");
  assert.is(readThen(url, data()).value, "/toimijat/kela/");
  assert.not.ok(
    readThen(
      url,
      data((d) => (d.url = (id) => `/sv/toimijat/${id}/`)),
    ).same,
  );
  const seen = (d: Data) => typeof d.permalink;
  assert.ok(
    readThen(
      seen,
      data((d) => (d.permalink = () => "/toinen/")),
    ).same,
    "read but not called",
  );
});

test("objects read in both are the same without a look inside; other objects are compared by what was read", () => {
  const shared = data();
  const other = data();
  other.edition = shared.edition;
  assert.ok(readThen(firstPhone, other, shared).same);
  const notPlain = data();
  (notPlain.edition as unknown as { contacts: unknown }).contacts = new Map();
  assert.not.ok(readThen(firstPhone, notPlain).same);
});

test("objects of the shared content are handed on as they are and compared as themselves", () => {
  const original = data();
  const shared = new WeakSet<object>([original.edition.contacts]);
  const recording = recordReads(original, shared);
  assert.is(recording.data.edition.contacts, original.edition.contacts, "no proxy");
  assert.is(recording.data.edition.contacts[0]!.phone, "+358 000 000 0003");
  const same = data();
  same.edition.contacts = original.edition.contacts;
  assert.ok(readsSame(recording.reads, same));
  assert.not.ok(readsSame(recording.reads, data()), "an equal copy is another object");
});

test("a render that changes its data is marked spoiled, and the change reaches the data", () => {
  const original = data();
  const recording = recordReads(original);
  assert.not.ok(recording.spoiled());
  recording.data.edition.name = "Muutettu";
  assert.ok(recording.spoiled());
  assert.is(original.edition.name, "Muutettu");
});

test.run();
