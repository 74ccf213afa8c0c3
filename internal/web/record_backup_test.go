package web_test

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"testing"
)

// A backup file made here, without the page, so a test can hold in it
// what the page itself would never write.

func gcmSeal(t *testing.T, key, plain, aad []byte) (iv, ct []byte) {
	t.Helper()
	block, err := aes.NewCipher(key)
	if err != nil {
		t.Fatal(err)
	}
	g, err := cipher.NewGCM(block)
	if err != nil {
		t.Fatal(err)
	}
	iv = make([]byte, 12)
	rand.Read(iv)
	return iv, g.Seal(nil, iv, plain, aad)
}

var b64 = base64.StdEncoding.EncodeToString

// padded is what the page encrypts: the length, the bytes, then zeros to
// a padded size (at least 4 KiB).
func padded(b []byte) []byte {
	out := make([]byte, max(4096, len(b)+4))
	binary.BigEndian.PutUint32(out, uint32(len(b)))
	copy(out[4:], b)
	return out
}

func hexSum(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// malformedBackup is a backup that opens with pass, decrypts in full and
// whose chain of entry versions is whole, but whose second entry version
// is not an entry.
func malformedBackup(t *testing.T, pass string) []byte {
	t.Helper()
	salt, dataKey := make([]byte, 16), make([]byte, 32)
	rand.Read(salt)
	rand.Read(dataKey)
	kek, err := pbkdf2.Key(sha256.New, pass, salt, 600_000, 32)
	if err != nil {
		t.Fatal(err)
	}
	iv, wrapped := gcmSeal(t, kek, dataKey, nil)
	type item struct {
		ID string `json:"id"`
		IV string `json:"iv"`
		CT string `json:"ct"`
	}
	seal := func(id, plain string) item {
		iv, ct := gcmSeal(t, dataKey, padded([]byte(plain)), []byte(id))
		return item{id, b64(iv), b64(ct)}
	}
	link1 := `{"seq":1,"prev":"","v":{"entry":"e-1","version":1,"recorded":"2026-11-20T21:15:00.000Z","when":"2026-11-20T21:15","files":[],"platform":"Instagram","handle":"","link":"","what":"first"}}`
	link2 := `{"seq":2,"prev":"` + hexSum(link1) + `","v":{"entry":42}}`
	ids := []string{"0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210"}
	head, _ := json.Marshal(map[string]any{"links": ids, "last": hexSum(link2), "files": 0})
	h := seal("head", string(head))
	out := map[string]any{
		"format": "firststeps-record-backup", "version": 2, "made": "2026-11-21T00:00:00.000Z",
		"key":   map[string]any{"v": 2, "kdf": "PBKDF2-SHA-256", "iterations": 600000, "salt": b64(salt), "iv": b64(iv), "wrapped": b64(wrapped)},
		"head":  map[string]string{"iv": h.IV, "ct": h.CT},
		"items": []item{seal(ids[0], link1), seal(ids[1], link2)},
	}
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
