// Package markdownsplit cuts a Markdown reply into pieces a chat platform accepts (Slack's
// section blocks, Discord's messages), each rendering on its own: a code block cut in two is
// closed and reopened. The platforms differ only in their limits, which callers pass.
package markdownsplit
