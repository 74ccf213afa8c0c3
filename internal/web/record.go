package web

import (
	"bytes"
	"encoding/json"
	"firststeps/internal/routes"
	"firststeps/internal/services"
	"fmt"
	"net/http"
	"time"
)

// My record (/record) is a private evidence log that lives only in the
// person's browser. The server renders the page once, like any fixed page,
// and serves the service worker that keeps it available offline. It never
// receives an entry: no route takes anything but GET and HEAD, and the
// page's script (static/record.js) makes no request of its own.
//
// # Keys
//
// A passphrase the person chooses (at least recordMinPassphrase characters)
// goes through PBKDF2-SHA-256 with recordIterations iterations and a random
// 16-byte salt to give a wrapping key (AES-256-GCM). That key wraps the data
// key: a random AES-256-GCM key made by WebCrypto when the record is
// created. Unwrapping is authenticated, so a wrong passphrase fails there.
// While the record is open the data key is held in memory only, as a
// non-extractable CryptoKey; locking drops it.
//
// The data key encrypts each stored item separately, with AES-256-GCM, a
// fresh random 12-byte IV, and the item's id as additional data, so an item
// cannot be moved to another id. Changing the passphrase wraps the same
// data key again under a new salt: nothing else is re-encrypted.
//
// # Storage
//
// IndexedDB database "firststeps-record" (version 2) on the person's
// device:
//
//	meta   "key"  → {v, kdf: "PBKDF2-SHA-256", iterations, salt, iv, wrapped}
//	meta   "head" → {id: "head", iv, ct}: the encrypted head
//	items  {id, iv, ct}: one encrypted entry version or file
//
// Item ids are 32 random hex digits, the same for entry versions and files,
// and every plaintext is padded before encryption (a 4-byte length, the
// bytes, zeros up to at least 4 KiB and then Padmé: at most about 12% more),
// so what is stored tells neither which items are entries, nor how many of
// each there are, nor any file's size. (The number of items is visible.)
//
// The head is {links: [item ids of the entry versions, in order], last,
// files}: how many entry versions and files there are lives only here. An
// entry version is stored as {seq, prev, v}: its place in the chain, the
// SHA-256 of the stored text of the version before ("" for the first), and
// the version itself, {entry, version, recorded, when, platform, handle,
// link, what, files: [{id, name, size, type, sha256, added}]}. last is the
// SHA-256 of the last one. Opening a record reads every version the head
// lists; one that cannot be decrypted or read is left out and counted, the
// rest open, and the record is called complete only when every version is
// there, each holds the hash of the one before, the last matches the head
// and the items are exactly the versions and the files they name. The
// report says which. Entries are append-only: a change is saved as a new
// version of the same entry. A file's SHA-256 is worked out, and its name,
// size and type noted, when it is added; its bytes are stored under its id.
//
// Every write is one IndexedDB transaction that also writes the new head,
// so it is all or nothing. Before it writes, the transaction reads the
// head (or the key) and refuses if another tab changed it since this tab
// last read it: a second tab can neither fork the chain nor, by creating
// or restoring a record, replace the key of one that exists. Tabs tell
// each other that something changed (BroadcastChannel "firststeps-record",
// with no content), so a tab still offering "Start your record" offers to
// open it instead, and an open one reads the record again.
//
// Nothing else is stored: no cookie, no localStorage, and until a record is
// created not even an empty database. "Delete everything" deletes the
// database, the service worker and its cache. (Version 1 of this format,
// never released, is replaced on opening.)
//
// # Backup
//
// A backup file is the stored record as it is, read in one transaction,
// base64-encoded in JSON:
//
//	{format: "firststeps-record-backup", version: 2, made,
//	 key: {v, kdf, iterations, salt, iv, wrapped}, head: {iv, ct}, items: […]}
//
// It opens only with the passphrase it was saved under. Before anything is
// written, every part is checked: the head and every entry version decrypt
// and are well formed, the chain is whole, every file decrypts and matches
// its SHA-256, and there is no item more or less. Restoring writes the
// backup as it is, in one transaction that refuses if a record exists.
// With a record open, a backup is merged instead: its entry versions that
// the record lacks (by the SHA-256 of the version) are appended to the
// record's chain, each as it was, with its entry id, version and files,
// encrypted again with this record's key. A backup of another record opens
// with that record's passphrase and merges the same way. Fewer than 600,000
// iterations are refused.
//
// # Locking
//
// The record locks after recordIdle without use, when the page is left
// (pagehide, so a page restored from the back-forward cache is locked), on
// "Lock my record now", and at once on the quick exit (the firststeps:exit
// event), which also closes the database and hides the record.
//
// # Offline and under-18s
//
// The service worker at /record-sw.js, with the scope /record, is
// registered only when the person chooses "Keep this page available
// offline". It keeps the page and its three files: the page network first,
// the fingerprinted files from its cache.
//
// On /record?for=under-18, or with "I am under 18" ticked, choosing any
// file that is not plain text (pictures, videos, files with no type,
// archives) brings up a warning, and the file is added only if the person
// says it holds no nude or sexual image.

const (
	recordPath       = "/record"
	recordWorkerPath = "/record-sw.js"

	// recordIdle is how long an open record may go unused before it locks.
	recordIdle = 5 * time.Minute
	// recordIterations is the PBKDF2-SHA-256 work factor: OWASP's current
	// minimum. The script never uses fewer.
	recordIterations = 600_000
	// recordMinPassphrase is the shortest passphrase the page accepts.
	recordMinPassphrase = 10
)

type recordPage struct {
	basePage
	// Young are the first services of each jurisdiction's under-18 role,
	// so a young person anywhere has one tap to help.
	Young                     []youngLink
	IdleSeconds, IdleMinutes  int
	Iterations, MinPassphrase int
	// Words are what the script says as it works: site.yaml's fields for
	// script "record", in the order the script names them.
	Words []string
}

// addRecordPages registers the record page and its service worker.
func (s *Server) addRecordPages(t *table, sendPage http.Handler) error {
	worker, err := s.recordWorker()
	if err != nil {
		return err
	}
	// The heaviest page, and the same for everyone: see page.best.
	rp := html(s.recordBuilder())
	rp.best = true
	t.page(t.fixed("GET "+recordPath, kindRecord, sendPage), recordPath, rp)
	t.page(t.fixed("GET "+recordWorkerPath, kindRecord, sendPage), recordWorkerPath,
		&page{ctype: "text/javascript; charset=utf-8", build: func(time.Time) ([]byte, error) { return worker, nil }})
	return nil
}

func (s *Server) recordBuilder() func(time.Time) ([]byte, error) {
	return func(time.Time) ([]byte, error) {
		j := s.defaultJurisdiction()
		text := s.lib.Text(j)
		_, words := text.ScriptWords("record")
		b := s.base(j, string(text.RecordTitle), string(text.RecordDescription), recordPath)
		b.Scripts = []string{s.assets.url("record.js")}
		return s.render("record", recordPage{
			basePage:      b,
			Young:         s.youngHelp(),
			IdleSeconds:   int(recordIdle / time.Second),
			IdleMinutes:   int(recordIdle / time.Minute),
			Iterations:    recordIterations,
			MinPassphrase: recordMinPassphrase,
			Words:         words,
		})
	}
}

// youngHelp lists, for each jurisdiction, the first service of its under-18
// role as a link.
func (s *Server) youngHelp() []youngLink {
	var out []youngLink
	for _, j := range s.lib.Jurisdictions {
		r, ok := s.lib.Role(j.ID, "under-18")
		if !ok || len(r.Entries) == 0 {
			continue
		}
		svc, ok := s.lib.Services.Get(r.Entries[0].IDs()[0])
		if !ok {
			continue
		}
		y := youngLink{Place: j.ShortName, Help: s.namedLink(svc)}
		// The first service that takes an image down for a young person:
		// Report Remove in the UK, Take It Down in the US.
		if rm, ok := s.lib.Role(j.ID, "remove-images"); ok {
			items := routes.Items(rm, routes.View{Audience: routes.Under18}, j.NationIDs(), s.lib.Services)
			if len(items) > 0 && items[0].Services[0].ID != svc.ID {
				l := s.namedLink(items[0].Services[0])
				y.Remove = &l
			}
		}
		out = append(out, y)
	}
	return out
}

// youngLink is the help a young person has in one jurisdiction: someone to
// talk to, and a way to get a nude image of them taken down.
type youngLink struct {
	Place  string
	Help   link
	Remove *link
}

// namedLink is a service's first contact as a link with the service's name:
// "Childline 0800 1111", or the name alone for a web page or form.
func (s *Server) namedLink(svc *services.Service) link {
	l := s.primaryLink(svc.ID)
	if c, ok := svc.Contact(""); ok && !c.IsNumber() {
		l.Text = svc.InlineName()
	} else {
		l.Text = svc.InlineName() + " " + l.Text
	}
	return l
}

// recordWorker returns the service worker's source with the files it keeps
// offline filled in: the page and the fingerprinted CSS and JavaScript it
// loads. A new fingerprint changes the worker, so browsers that keep the
// page offline fetch the new files.
func (s *Server) recordWorker() ([]byte, error) {
	src, err := staticFS.ReadFile("static/record-sw.js")
	if err != nil {
		return nil, fmt.Errorf("web: record service worker: %w", err)
	}
	files, err := json.Marshal([]string{recordPath,
		s.assets.url("site.css"), s.assets.url("site.js"), s.assets.url("record.js")})
	if err != nil {
		return nil, err
	}
	const marker = "var FILES = [];"
	if bytes.Count(src, []byte(marker)) != 1 {
		return nil, fmt.Errorf("web: record service worker: want one %q", marker)
	}
	return bytes.Replace(src, []byte(marker), []byte("var FILES = "+string(files)+";"), 1), nil
}
