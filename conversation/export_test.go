package conversation

// ForgetDesign drops the decoded design this process remembers for key, so that the next load
// decodes the stored field.
func ForgetDesign(key string) { designs.forget(key) }
