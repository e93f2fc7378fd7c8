//! The names of the default gazetteers, for the bare-scan reference point
//! (shared by `benches/pipeline.rs` and `examples/throughput.rs`).

/// The default gazetteer files (`gazetteers/`), read at compile time
/// relative to this file: it serves two packages (the root's examples and
/// the benches package), whose manifest folders differ.
const GAZETTEERS: [&str; 4] = [
    include_str!("../../gazetteers/places.tsv"),
    include_str!("../../gazetteers/people.tsv"),
    include_str!("../../gazetteers/institutions.tsv"),
    include_str!("../../gazetteers/groups.tsv"),
];

/// Every surface form of the default gazetteers (first TSV column, split on
/// `|`; comment lines and the header skipped), de-duplicated.
pub fn default_names() -> Vec<String> {
    let mut names = Vec::new();
    for text in GAZETTEERS {
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
