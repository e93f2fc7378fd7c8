//! The names of the default gazetteers, for the bare-scan reference point
//! (shared by `benches/pipeline.rs` and `examples/throughput.rs`).

/// The default gazetteer files, under `gazetteers/`.
const GAZETTEERS: [&str; 4] = ["places", "people", "institutions", "groups"];

/// Every surface form of the default gazetteers (first TSV column, split on
/// `|`; comment lines and the header skipped), de-duplicated.
pub fn default_names() -> Vec<String> {
    let mut names = Vec::new();
    for list in GAZETTEERS {
        let path = format!("{}/gazetteers/{list}.tsv", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut header = true;
        for line in text.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if header {
                header = false;
                continue;
            }
            let field = line.split('\t').next().unwrap_or("");
            names.extend(
                field
                    .split('|')
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(String::from),
            );
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}
