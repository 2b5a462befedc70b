package prompts

import (
	"reflect"
	"strings"
	"sync"

	"github.com/archbot/archbot/conversation"
)

// DesignFacts is what the "design" template reads of a grounding: the part of every prompt that
// changes only with the design, not from turn to turn. It is most of a prompt's rendering
// (capacity figures through human and bytes, a dozen technologies' facts), and a follow-up
// renders it two or three times, as does every turn after it until the design changes.
type DesignFacts struct {
	Title        string
	Problem      string
	Version      int
	Requirements conversation.RequirementSet
	Capacity     conversation.Capacity
	Components   []conversation.Component
	// Facts are what the knowledge base holds about this design (capabilities, technologies,
	// house stack), so a model writes from the same facts as the offline designer.
	Facts conversation.Facts
}

// designKey picks the few remembered texts a grounding's could be; DesignFacts decides.
type designKey struct {
	title, problem string
	version        int
}

type designText struct {
	facts DesignFacts
	text  string
}

// Remembered design texts: at most designTextsMax keys of designTextsPerKey texts, each about
// 5 KB with a copy of its design part of about as much beside it (a key holds more than one only
// while a design is being changed at the same version: a first draft's components arriving), so
// about 5 MB at most in practice; dropped all at once when full, which costs one render each of
// the designs in use.
const (
	designTextsMax    = 512
	designTextsPerKey = 4
)

var designTexts = struct {
	sync.Mutex
	m map[designKey][]designText
}{m: map[designKey][]designText{}}

// designPart renders the "design" template of g, or returns the text it rendered for a
// grounding whose design part is equal (a hit is the very same text).
func designPart(g Grounding) (string, error) {
	f := g.DesignFacts
	key := designKey{g.Title, g.Problem, g.Version}
	designTexts.Lock()
	for _, t := range designTexts.m[key] {
		if equal(reflect.ValueOf(&t.facts).Elem(), reflect.ValueOf(&f).Elem()) {
			designTexts.Unlock()
			return t.text, nil
		}
	}
	designTexts.Unlock()

	var b strings.Builder
	if err := tmpl.ExecuteTemplate(&b, "design", f); err != nil {
		return "", err
	}
	text := b.String()
	designTexts.Lock()
	defer designTexts.Unlock()
	if len(designTexts.m) >= designTextsMax {
		clear(designTexts.m)
	}
	ts := designTexts.m[key]
	if len(ts) >= designTextsPerKey {
		ts = ts[1:]
	}
	// Remembered apart from the caller's slices, which the caller may go on to change in place.
	var kept DesignFacts
	reflect.ValueOf(&kept).Elem().Set(deepCopy(reflect.ValueOf(f)))
	designTexts.m[key] = append(ts, designText{facts: kept, text: text})
	return text, nil
}

// equal is reflect.DeepEqual for the values DesignFacts holds (values, strings and slices),
// without the map of visited pointers DeepEqual allocates on every call, which it needs only for
// the cycles such values cannot have.
func equal(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Slice:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return false
		}
		if a.UnsafePointer() == b.UnsafePointer() {
			return true
		}
		for i := range a.Len() {
			if !equal(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := range a.NumField() {
			if !equal(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.String:
		return a.String() == b.String()
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	case reflect.Float32, reflect.Float64:
		return a.Float() == b.Float()
	default:
		// Anything else (a map, a pointer: none today) is compared the general way, or, where
		// reflection may not read it, taken for different: a miss costs one render.
		return a.CanInterface() && b.CanInterface() && reflect.DeepEqual(a.Interface(), b.Interface())
	}
}

// deepCopy copies v and every slice under it. The design's types hold only values, strings and
// slices (no maps, pointers or unexported fields), which is all it needs to follow.
func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			c.Index(i).Set(deepCopy(v.Index(i)))
		}
		return c
	case reflect.Struct:
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		for i := range v.NumField() {
			if c.Field(i).CanSet() {
				c.Field(i).Set(deepCopy(v.Field(i)))
			}
		}
		return c
	default:
		return v
	}
}
