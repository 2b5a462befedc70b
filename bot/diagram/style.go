package diagram

// look is how one kind of component is drawn in each syntax. Mermaid's shapes are written as an
// opening and closing bracket pair around the quoted label.
type look struct {
	mermaidOpen, mermaidClose string
	dotShape, dotStyle        string
	fill, stroke              string
}

// looks gives each kind a distinct shape and a colour shared by both syntaxes, so the Mermaid in
// the document and the PNG in the thread look like the same picture.
var looks = map[string]look{
	kindClient:   {`(["`, `"])`, "box", "rounded,filled", "#dbeafe", "#1d4ed8"},
	kindEdge:     {`{{"`, `"}}`, "hexagon", "filled", "#ede9fe", "#6d28d9"},
	kindService:  {`["`, `"]`, "box", "filled", "#dcfce7", "#15803d"},
	kindWorker:   {`[["`, `"]]`, "component", "filled", "#ecfccb", "#4d7c0f"},
	kindQueue:    {`[/"`, `"/]`, "cds", "filled", "#fef9c3", "#a16207"},
	kindDatabase: {`[("`, `")]`, "cylinder", "filled", "#ffedd5", "#c2410c"},
	kindCache:    {`("`, `")`, "box", "rounded,filled", "#fee2e2", "#b91c1c"},
	kindStorage:  {`[\"`, `"\]`, "box3d", "filled", "#fae8ff", "#a21caf"},
	kindSearch:   {`>"`, `"]`, "folder", "filled", "#cffafe", "#0e7490"},
	kindExternal: {`[/"`, `"\]`, "box", "dashed,filled", "#f3f4f6", "#4b5563"},
}
