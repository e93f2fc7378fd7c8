//! A user gazetteer of 200k generated entries builds and matches.
//! (Build time and memory for 1M entries: `examples/big_gazetteer.rs`.)

use factspan::{Gazetteer, Label};

fn generated_tsv(n: usize) -> String {
    let mut tsv = String::with_capacity(n * 40);
    tsv.push_str("name\tlabel\tcanonical\tid\n");
    for i in 0..n {
        let label = ["person", "place", "institution", "group"][i % 4];
        tsv.push_str(&format!("Name{i} Place{i}\t{label}\t\tQ{i}\n"));
    }
    tsv
}

#[test]
fn two_hundred_thousand_entries_build_and_match() {
    let n = 200_000;
    let tsv = generated_tsv(n);
    let mut builder = Gazetteer::builder();
    builder.tsv_str("generated.tsv", &tsv).unwrap();
    assert_eq!(builder.len(), n);
    let gaz = builder.build().unwrap();
    assert_eq!(gaz.len(), n);

    let text = "Name0 Place0 met Name12345 Place12345 and Name199999 Place199999; \
                Name7 Place8 is not an entry, nor is Name200000 Place200000.";
    let found: Vec<(&str, Label, Option<&str>)> = gaz
        .find_all(text)
        .iter()
        .map(|m| {
            let c = gaz.candidates(m).next().unwrap();
            (&text[m.start..m.end], c.label, c.id)
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Name0 Place0", Label::Person, Some("Q0")),
            ("Name12345 Place12345", Label::Place, Some("Q12345")),
            ("Name199999 Place199999", Label::Group, Some("Q199999")),
        ]
    );
}

#[test]
fn malformed_lines_name_the_file_and_line() {
    let cases: &[(&str, usize, &str)] = &[
        ("name\tlabel\nAcme\n", 2, "missing the label column"),
        ("name\tlabel\nAcme\tcompany\n", 2, "unknown label"),
        ("name\tlabel\n\tperson\n", 2, "empty name"),
        ("name\tlabel\nA||B\tperson\n", 2, "empty alias"),
        ("name\tlabel\nA\tperson\tx\n", 2, "columns"),
        ("Acme\tperson\n", 1, "header"),
        (
            "name\tlabel\tcanonical\tid\tflags\nA\tplace\t\t\tbogus\n",
            2,
            "unknown flag",
        ),
    ];
    for &(tsv, line, what) in cases {
        let err = Gazetteer::builder().tsv_str("user.tsv", tsv).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with(&format!("user.tsv:{line}: ")),
            "{tsv:?}: {msg}"
        );
        assert!(msg.contains(what), "{tsv:?}: {msg}");
    }
}

#[test]
fn invalid_utf8_file_names_the_line() {
    let dir = std::env::temp_dir().join(format!("factspan-gazscale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.tsv");
    std::fs::write(&path, b"name\tlabel\nAcme\tinstitution\nZ\xfcrich\tplace\n").unwrap();
    let err = Gazetteer::builder().tsv_file(&path).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{}:3: invalid UTF-8", path.display())
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn duplicate_entries_are_merged_silently() {
    let tsv = "name\tlabel\nAcme Corp\tinstitution\nAcme Corp\tinstitution\n";
    let mut b = Gazetteer::builder();
    b.tsv_str("dups.tsv", tsv).unwrap();
    let gaz = b.build().unwrap();
    let text = "Acme Corp said so.";
    let found = gaz.find_all(text);
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].start..found[0].end], "Acme Corp");
}
