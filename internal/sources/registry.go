package sources

import (
	"bytes"
	"fmt"
	"regexp"

	"firststeps/internal/date"
)

var checkedRE = regexp.MustCompile(`\bchecked:[ \t]*["']?(\d{4}-\d{2}-\d{2})["']?`)

// SetChecked returns resources.yaml (src) with one resource's checked
// date moved from was to day. line is the 1-based line of that resource's
// "checked" key, as the loader recorded it. Only the date's ten bytes
// change; every other byte of the file stays as it was. It fails rather than
// guess when the line does not hold exactly one checked date equal to was,
// which means the file changed since it was loaded.
func SetChecked(src []byte, line int, was, day date.Date) ([]byte, error) {
	start, end, ok := lineBounds(src, line)
	if !ok {
		return nil, fmt.Errorf("resources.yaml has no line %d", line)
	}
	l := src[start:end]
	ms := checkedRE.FindAllSubmatchIndex(l, -1)
	if len(ms) != 1 {
		return nil, fmt.Errorf("resources.yaml:%d: expected one checked date on the line, found %d", line, len(ms))
	}
	at := start + ms[0][2]
	if got := string(src[at : at+10]); got != was.String() {
		return nil, fmt.Errorf("resources.yaml:%d: checked is %s, expected %s: the file changed since it was loaded", line, got, was)
	}
	out := bytes.Clone(src)
	copy(out[at:at+10], day.String())
	return out, nil
}

// lineBounds returns the byte range of a 1-based line, without its newline.
func lineBounds(src []byte, line int) (int, int, bool) {
	if line < 1 {
		return 0, 0, false
	}
	start := 0
	for n := 1; n < line; n++ {
		i := bytes.IndexByte(src[start:], '\n')
		if i < 0 {
			return 0, 0, false
		}
		start += i + 1
	}
	end := bytes.IndexByte(src[start:], '\n')
	if end < 0 {
		end = len(src) - start
	}
	return start, start + end, true
}
