//! The style sheets written into saved pages (the period report, a notice,
//! the bulletin) are compiled in minified by build.rs: the same rules as
//! their sources in style/, only comments and white space gone.

/// `css` without comments and without any white space outside quoted
/// strings, and no `;` before a `}`: what two sheets with the same rules
/// have in common however they are spaced.
fn rules(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("/*") {
            let end = rest[2..].find("*/").map_or(rest.len(), |i| i + 4);
            rest = &rest[end..];
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if c == '"' || c == '\'' {
            let end = rest.find(c).map_or(rest.len(), |i| i + 1);
            out.push(c);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out.replace(";}", "}")
}

#[test]
fn each_saved_sheet_has_its_sources_rules_without_comments_or_line_breaks() {
    for (name, built, source) in [
        (
            "report",
            plan_tracker::period_report::CSS,
            include_str!("../style/report.css"),
        ),
        (
            "notice",
            plan_tracker::supervision::html::NOTICE_CSS,
            include_str!("../style/notice.css"),
        ),
        (
            "bulletin",
            plan_tracker::bulletin::CSS,
            include_str!("../style/bulletin.css"),
        ),
    ] {
        assert!(
            source.contains("/*") && !built.contains("/*"),
            "{name}: comments left"
        );
        assert!(!built.contains('\n'), "{name}: line breaks left");
        assert!(built.len() < source.len() * 9 / 10, "{name}: not smaller");
        assert_eq!(rules(built), rules(source), "{name}: the rules changed");
        // A space before a colon means something in a selector, and stays.
        assert_eq!(
            built.matches(" :").count(),
            source.matches(" :").count(),
            "{name}"
        );
    }
}

#[test]
fn quoted_texts_are_kept_as_written() {
    let sheet = plan_tracker::bulletin::CSS;
    assert!(sheet.contains("content:\"⚠ \""), "{sheet}");
}
