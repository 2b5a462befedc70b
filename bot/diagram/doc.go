// Package diagram draws a design's component list as an architecture diagram: Mermaid text for
// the Markdown document (GitHub, GitLab and Notion render it), Graphviz DOT, and, where Graphviz's
// dot is installed, a PNG or SVG that adapters can upload.
//
// Both text forms are laid out the same way so the picture reads left to right like a request:
// clients, edge, services, async work, data stores, then external systems, each tier in its own
// group. Names come from a model or a user and may hold any text, so every label is escaped for
// its syntax and every node id is derived, never copied.
package diagram
