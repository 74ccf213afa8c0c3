package web

import (
	"bytes"
	"encoding/json"
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
// The data key encrypts each entry version and each file separately, with
// AES-256-GCM, a fresh random 12-byte IV, and the record's id as additional
// data, so a stored record cannot be moved to another id.
//
// # Storage
//
// IndexedDB database "firststeps-record" on the person's device:
//
//	meta     "key" → {v, kdf: "PBKDF2-SHA-256", iterations, salt, iv, wrapped}
//	entries  {id: "v-…", iv, ct}: one encrypted entry version
//	files    {id: "f-…", iv, ct}: one encrypted file, its original bytes
//
// A decrypted entry version is {entry, version, recorded, when, platform,
// handle, link, what, files: [{id, name, size, type, sha256, added}]}.
// Entries are append-only: a change is saved as a new version of the same
// entry, so the timeline shows what was recorded when. A file's SHA-256 is
// worked out, and its name, size and type noted, when it is added.
//
// Nothing else is stored: no cookie, no localStorage, and until a record is
// created not even an empty database. "Delete everything" deletes the
// database, the service worker and its cache.
//
// # Backup
//
// A backup file is the stored records as they are, base64-encoded in JSON:
//
//	{format: "firststeps-record-backup", version: 1, made,
//	 key: {v, kdf, iterations, salt, iv, wrapped}, entries: […], files: […]}
//
// It opens only with the passphrase. Restoring checks that every record
// decrypts before it writes anything, and refuses fewer than 600,000
// iterations.
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
// offline". It keeps the page and its four files: the page network first,
// the fingerprinted files from its cache.
//
// On /record?for=under-18, or with "I am under 18" ticked, choosing a
// picture brings up a warning, and the picture is added only if the person
// says it is not a nude or sexual image.

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
	ReportRemove, Childline   link
	IdleSeconds, IdleMinutes  int
	Iterations, MinPassphrase int
}

// recordRoutes registers the record's routes explicitly, so they do not
// depend on the /{jurisdiction} wildcard that also matches them.
func (s *Server) recordRoutes(mux *http.ServeMux) {
	mux.Handle("GET "+recordPath, s.wrap(s.servePage))
	mux.Handle("GET "+recordWorkerPath, s.wrap(s.servePage))
}

// addRecordPages registers the record page and its service worker.
func (s *Server) addRecordPages(add func(path string, p *page)) error {
	worker, err := s.recordWorker()
	if err != nil {
		return err
	}
	add(recordPath, &page{ctype: "text/html; charset=utf-8", build: s.recordBuilder()})
	add(recordWorkerPath, &page{ctype: "text/javascript; charset=utf-8", build: func(time.Time) ([]byte, error) { return worker, nil }})
	return nil
}

func (s *Server) recordBuilder() func(time.Time) ([]byte, error) {
	return func(time.Time) ([]byte, error) {
		j := s.defaultJurisdiction()
		b := s.base(j, "My record | What to do if…",
			"Keep evidence in one private, locked record on your own device, and make a report for the police or a platform.",
			recordPath)
		b.Scripts = []string{s.assets.url("record.js")}
		return s.render("record", recordPage{
			basePage:      b,
			ReportRemove:  s.primaryLink("report-remove"),
			Childline:     s.primaryLink("childline"),
			IdleSeconds:   int(recordIdle / time.Second),
			IdleMinutes:   int(recordIdle / time.Minute),
			Iterations:    recordIterations,
			MinPassphrase: recordMinPassphrase,
		})
	}
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
		s.assets.url("site.css"), s.assets.url("site.js"), s.assets.url("record.css"), s.assets.url("record.js")})
	if err != nil {
		return nil, err
	}
	const marker = "var FILES = [];"
	if bytes.Count(src, []byte(marker)) != 1 {
		return nil, fmt.Errorf("web: record service worker: want one %q", marker)
	}
	return bytes.Replace(src, []byte(marker), []byte("var FILES = "+string(files)+";"), 1), nil
}
