package sources

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"firststeps/internal/atomicfile"
	"firststeps/internal/date"
)

// Snapshot file names inside a resource's folder.
const (
	MetaFile     = "meta.json"
	TextFile     = "text.txt"
	VerifiedFile = "verified.txt"
)

// Meta is a snapshot's metadata, stored as meta.json.
type Meta struct {
	ID       string `json:"id"`
	URL      string `json:"url"`                 // the address in resources.yaml when last fetched
	FinalURL string `json:"final_url,omitempty"` // after redirects
	Via      string `json:"via,omitempty"`       // "html" or "govuk-content-api"
	Status   int    `json:"status,omitempty"`
	Class    Class  `json:"class"`
	NewURL   string `json:"new_url,omitempty"` // proposed address, for "moved"
	Hops     []Hop  `json:"hops,omitempty"`
	Error    string `json:"error,omitempty"`
	// FetchedAt is when a fetch last changed this record. A run that finds
	// everything as it was leaves the whole folder untouched.
	FetchedAt    time.Time `json:"fetched_at"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Hash         string    `json:"hash,omitempty"` // of text.txt: "sha256:<hex>"
	Words        int       `json:"words,omitempty"`
	Extractor    string    `json:"extractor,omitempty"`
	Verified     *Verified `json:"verified,omitempty"`
	// Failures counts failing runs in a row, each at least FailureSpacing
	// after the one before; a link is broken at BrokenAfter.
	Failures     int       `json:"failures,omitempty"`
	FirstFailure time.Time `json:"first_failure,omitzero"`
	LastFailure  time.Time `json:"last_failure,omitzero"`
}

// Verified records the text an editor last confirmed, kept as verified.txt.
type Verified struct {
	Hash string    `json:"hash"`
	On   date.Date `json:"on"`
	// By is "editor" (sources ack) or "baseline" (the first text fetched,
	// taken as verified on the strength of the resource's checked date).
	By string `json:"by"`
}

// MarshalJSON writes the date as YYYY-MM-DD.
func (v Verified) MarshalJSON() ([]byte, error) {
	type plain struct {
		Hash string `json:"hash"`
		On   string `json:"on"`
		By   string `json:"by"`
	}
	return json.Marshal(plain{v.Hash, v.On.String(), v.By})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (v *Verified) UnmarshalJSON(b []byte) error {
	var p struct{ Hash, On, By string }
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	d, err := date.Parse(p.On)
	if err != nil {
		return fmt.Errorf("verified.on: %w", err)
	}
	*v = Verified{Hash: p.Hash, On: d, By: p.By}
	return nil
}

// Snapshot is one resource's stored state.
type Snapshot struct {
	Meta     Meta
	Text     string // the latest main text fetched
	Verified string // the text an editor last verified
}

// Hash returns the hash snapshots record for a normalised text.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// Store keeps snapshots in a folder, one sub-folder per resource id.
type Store struct {
	Dir string
}

var safeID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func (s Store) dir(id string) (string, error) {
	if !safeID.MatchString(id) {
		return "", fmt.Errorf("snapshot %q: not a resource id", id)
	}
	return filepath.Join(s.Dir, id), nil
}

// Load reads a resource's snapshot. A resource never fetched has an empty
// snapshot and no error.
func (s Store) Load(id string) (Snapshot, error) {
	dir, err := s.dir(id)
	if err != nil {
		return Snapshot{}, err
	}
	var snap Snapshot
	b, err := os.ReadFile(filepath.Join(dir, MetaFile))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Snapshot{Meta: Meta{ID: id}}, nil
	case err != nil:
		return Snapshot{}, fmt.Errorf("snapshot %s: %w", id, err)
	}
	if err := json.Unmarshal(b, &snap.Meta); err != nil {
		return Snapshot{}, fmt.Errorf("snapshot %s: %s: %w", id, MetaFile, err)
	}
	for name, dst := range map[string]*string{TextFile: &snap.Text, VerifiedFile: &snap.Verified} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return Snapshot{}, fmt.Errorf("snapshot %s: %w", id, err)
		}
		*dst = string(b)
	}
	return snap, nil
}

// Save writes the files of next that differ from old, and reports whether
// it wrote anything. Meta's FetchedAt alone never causes a write: when
// nothing else changed, old's time is kept.
func (s Store) Save(old, next Snapshot) (bool, error) {
	dir, err := s.dir(next.Meta.ID)
	if err != nil {
		return false, err
	}
	cmpMeta := next.Meta
	cmpMeta.FetchedAt = old.Meta.FetchedAt
	oldMeta, err := encodeMeta(old.Meta)
	if err != nil {
		return false, err
	}
	sameMeta, err := encodeMeta(cmpMeta)
	if err != nil {
		return false, err
	}
	wrote := false
	write := func(name string, data []byte) error {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		wrote = true
		return atomicfile.Write(filepath.Join(dir, name), data)
	}
	if next.Text != old.Text {
		if err := write(TextFile, []byte(next.Text)); err != nil {
			return wrote, fmt.Errorf("snapshot %s: %w", next.Meta.ID, err)
		}
	}
	if next.Verified != old.Verified {
		if err := write(VerifiedFile, []byte(next.Verified)); err != nil {
			return wrote, fmt.Errorf("snapshot %s: %w", next.Meta.ID, err)
		}
	}
	if !bytes.Equal(sameMeta, oldMeta) || wrote {
		b, err := encodeMeta(next.Meta)
		if err != nil {
			return wrote, err
		}
		if err := write(MetaFile, b); err != nil {
			return wrote, fmt.Errorf("snapshot %s: %w", next.Meta.ID, err)
		}
	}
	return wrote, nil
}

func encodeMeta(m Meta) ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Acknowledge records that an editor has verified the resource's current
// text on day: verified.txt becomes text.txt. It returns the new snapshot.
func (s Store) Acknowledge(id string, day date.Date) (Snapshot, error) {
	old, err := s.Load(id)
	if err != nil {
		return Snapshot{}, err
	}
	if old.Meta.Hash == "" {
		return Snapshot{}, fmt.Errorf("snapshot %s: no text fetched yet; run \"firststeps-sources check -only %s\" first", id, id)
	}
	next := old
	next.Verified = old.Text
	next.Meta.Verified = &Verified{Hash: old.Meta.Hash, On: day, By: "editor"}
	if _, err := s.Save(old, next); err != nil {
		return Snapshot{}, err
	}
	return next, nil
}
