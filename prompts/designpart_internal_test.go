package prompts

import (
	"reflect"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// equal agrees with reflect.DeepEqual on a design part and on each copy of it that differs in
// one value anywhere in it, and deepCopy's copy shares no slice with its original.
func TestEqualIsDeepEqual(t *testing.T) {
	req := conversation.RequirementSet{Functional: []string{"upload"}, Features: []string{}, Workload: conversation.PerUser(1e6, 2, 20)}
	f := DesignFacts{Title: "t", Problem: "p", Version: 2, Requirements: req, Capacity: conversation.Estimate(req.Workload),
		Components: []conversation.Component{{Name: "API", TalksTo: []string{"DB"}}},
		Facts:      conversation.Facts{Technologies: []conversation.TechnologyFact{{Name: "Redis", Used: []string{"Cache"}}}}}
	copyOf := func() DesignFacts {
		var c DesignFacts
		reflect.ValueOf(&c).Elem().Set(deepCopy(reflect.ValueOf(f)))
		return c
	}
	if c := copyOf(); !equal(reflect.ValueOf(&f).Elem(), reflect.ValueOf(&c).Elem()) || !reflect.DeepEqual(f, c) {
		t.Fatal("a copy is not equal to its original")
	}
	leaves := 0
	var visit func(path string, v func(*DesignFacts) reflect.Value, typ reflect.Type)
	visit = func(path string, at func(*DesignFacts) reflect.Value, typ reflect.Type) {
		switch typ.Kind() {
		case reflect.Struct:
			for i := range typ.NumField() {
				visit(path+"."+typ.Field(i).Name, func(d *DesignFacts) reflect.Value {
					if s := at(d); s.IsValid() {
						return s.Field(i)
					}
					return reflect.Value{}
				}, typ.Field(i).Type)
			}
			return
		case reflect.Slice:
			visit(path+"[0]", func(d *DesignFacts) reflect.Value {
				s := at(d)
				if !s.IsValid() || s.Len() == 0 {
					return reflect.Value{}
				}
				return s.Index(0)
			}, typ.Elem())
			return
		}
		c := copyOf()
		v := at(&c)
		if !v.IsValid() {
			return // an empty slice in the fixture: nothing there to change
		}
		switch v.Kind() {
		case reflect.String:
			v.SetString(v.String() + "x")
		case reflect.Float64:
			v.SetFloat(v.Float() + 1)
		case reflect.Int:
			v.SetInt(v.Int() + 1)
		case reflect.Bool:
			v.SetBool(!v.Bool())
		default:
			t.Fatalf("%s: a %s, which equal does not compare itself", path, v.Kind())
		}
		leaves++
		got := equal(reflect.ValueOf(&f).Elem(), reflect.ValueOf(&c).Elem())
		if want := reflect.DeepEqual(f, c); got || want {
			t.Errorf("%s changed in a copy: equal says %v, DeepEqual %v; want both false", path, got, want)
		}
	}
	visit("", func(d *DesignFacts) reflect.Value { return reflect.ValueOf(d).Elem() }, reflect.TypeOf(f))
	if leaves < 40 {
		t.Fatalf("only %d values changed", leaves)
	}
}
