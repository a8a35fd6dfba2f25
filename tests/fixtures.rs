//! The import gate against a corpus of malformed and hostile files in
//! `tests/fixtures/import/`: each is refused (or repaired) with its own
//! specific error, worded in both languages with where the problem is.
//! The browser side (the stored plan byte-for-byte unchanged after each
//! refused file) is `tests/e2e/import.spec.ts`.

use plan_tracker::format::{decode, import_plan, ImportError, Repair, MAX_FILE_BYTES};
use plan_tracker::i18n::Lang;
use plan_tracker::model::{Id, Kind};
use plan_tracker::validate::ProblemKind;
use std::path::Path;

fn read(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Bytes through the whole gate, as the app reads a picked file.
fn gate(name: &str) -> Result<(plan_tracker::model::Plan, Option<Repair>), ImportError> {
    let (text, repair) = decode(&read(name))?;
    import_plan(&text).map(|p| (p, repair))
}

fn err(name: &str) -> ImportError {
    match gate(name) {
        Ok(_) => panic!("{name} was accepted"),
        Err(e) => e,
    }
}

/// Every problem of an `Invalid` file, as (path, kind).
fn problems(name: &str) -> Vec<(String, ProblemKind)> {
    match err(name) {
        ImportError::Invalid(ps, _) => ps.into_iter().map(|p| (p.path, p.kind)).collect(),
        other => panic!("{name}: {other:?}"),
    }
}

/// Both languages' message for `name`, each checked to contain `needles`.
fn worded(name: &str, needles: &[&str]) {
    let e = err(name);
    for lang in Lang::ALL {
        let t = lang.catalog();
        let mut text = (t.import_error)(&e);
        if let ImportError::Invalid(ps, _) = &e {
            for p in ps {
                text.push('\n');
                text.push_str(&t.problem(p));
            }
        }
        for n in needles {
            assert!(text.contains(n), "{name} in {lang:?}: {text:?} lacks {n:?}");
        }
    }
}

fn one(path: &str, kind: ProblemKind) -> Vec<(String, ProblemKind)> {
    vec![(path.to_string(), kind)]
}

#[test]
fn the_corpus_has_thirty_files_or_more() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let n = std::fs::read_dir(dir).unwrap().count();
    assert!(n >= 30, "{n} fixtures");
}

#[test]
fn the_valid_file_opens() {
    let (plan, repair) = gate("valid.plan.json").unwrap();
    assert_eq!(plan.id, Id::new("fixture-plan"));
    assert_eq!((plan.tasks.len(), plan.updates.len()), (2, 2));
    assert_eq!(repair, None);
}

#[test]
fn nothing_to_read() {
    assert_eq!(err("empty.json"), ImportError::Empty);
    assert_eq!(err("whitespace-only.json"), ImportError::Empty);
    worded("empty.json", &[]);
}

#[test]
fn broken_json_says_where() {
    // A file cut short (a copy or download that did not finish) says so.
    let ImportError::Syntax {
        line,
        column,
        cut_short: true,
        ..
    } = err("truncated.json")
    else {
        panic!()
    };
    assert!(line > 10, "{line}");
    worded("truncated.json", &[&line.to_string(), &column.to_string()]);
    for (lang, words) in [(Lang::En, "cut short"), (Lang::Zh, "文件不全")] {
        assert!((lang.catalog().import_error)(&err("truncated.json")).contains(words));
    }
    assert!(matches!(
        err("not-json.txt"),
        ImportError::Syntax {
            line: 1,
            column: 1,
            cut_short: false,
            ..
        }
    ));
    assert!(matches!(
        err("html-page.html"),
        ImportError::Syntax {
            line: 1,
            column: 1,
            cut_short: false,
            ..
        }
    ));
    // NaN is not JSON.
    let ImportError::Syntax {
        line,
        cut_short: false,
        ..
    } = err("nan-progress.json")
    else {
        panic!()
    };
    worded("nan-progress.json", &[&line.to_string()]);
    assert!(!(Lang::En.catalog().import_error)(&err("nan-progress.json")).contains("cut short"));
}

#[test]
fn not_a_plan_file() {
    for name in [
        "top-level-array.json",
        "top-level-null.json",
        "other-format.json",
        "no-format.json",
    ] {
        assert_eq!(err(name), ImportError::NotAPlanFile, "{name}");
    }
    worded("other-format.json", &["format"]);
}

#[test]
fn versions() {
    for name in [
        "version-missing.json",
        "version-string.json",
        "version-zero.json",
        "version-fraction.json",
    ] {
        assert_eq!(err(name), ImportError::BadVersion, "{name}");
    }
    assert_eq!(
        err("version-newer.json"),
        ImportError::NewerVersion { found: 99 }
    );
    worded("version-newer.json", &["99"]);
}

#[test]
fn wrong_shapes_name_their_path() {
    let cases = [
        ("missing-plan.json", ""),
        ("missing-title.json", "plan"),
        ("title-not-a-string.json", "plan.title"),
        ("tasks-not-a-list.json", "plan.tasks"),
        ("unknown-level.json", "plan.level"),
        ("impossible-date.json", "plan.start"),
        ("date-with-slashes.json", "plan.tasks[0].deadline"),
        ("huge-number.json", "plan.projects[0].total_investment"),
        // A period is typed: one that is not spelt as files spell it is not
        // a period at all, and the detail says what would be.
        (
            "bad-indicator-period.json",
            "plan.indicators[0].actuals[0].period",
        ),
    ];
    for (name, want) in cases {
        match err(name) {
            ImportError::Shape { path, detail, .. } => {
                assert_eq!(
                    path,
                    if want.is_empty() { "." } else { want },
                    "{name}: {detail}"
                );
            }
            other => panic!("{name}: {other:?}"),
        }
    }
    worded("title-not-a-string.json", &["plan.title"]);
    worded("impossible-date.json", &["plan.start"]);
    match err("bad-indicator-period.json") {
        ImportError::Shape { detail, .. } => {
            assert!(
                detail.contains("\"Q1 2024\" is not a period (2024, 2024-H1, 2024-Q1 or 2024-03)"),
                "{detail}"
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn broken_rules_are_each_listed_with_their_path() {
    assert_eq!(
        problems("negative-weight.json"),
        one("plan.tasks[0].weight", ProblemKind::Negative)
    );
    assert_eq!(
        problems("progress-over-100.json"),
        one("plan.updates[0].progress", ProblemKind::PercentOutOfRange)
    );
    assert_eq!(
        problems("duplicate-task-ids.json"),
        one("plan.tasks[1].id", ProblemKind::DuplicateId(Id::new("t-1")))
    );
    assert_eq!(
        problems("duplicate-task-codes.json"),
        one(
            "plan.tasks[1].code",
            ProblemKind::DuplicateCode("1.1".into())
        )
    );
    assert_eq!(
        problems("dangling-area.json"),
        one(
            "plan.tasks[0].area",
            ProblemKind::Missing(Kind::Area, Id::new("a-404"))
        )
    );
    assert_eq!(
        problems("dangling-lead-unit.json"),
        one(
            "plan.tasks[1].lead",
            ProblemKind::Missing(Kind::Unit, Id::new("u-404"))
        )
    );
    assert_eq!(
        problems("dangling-report-subject.json"),
        one(
            "plan.updates[0].subject",
            ProblemKind::Missing(Kind::Task, Id::new("t-404"))
        )
    );
    assert_eq!(
        problems("end-before-start.json"),
        one("plan.end", ProblemKind::EndBeforeStart)
    );
    assert_eq!(
        problems("unit-cycle.json")[0].1,
        ProblemKind::UnitCycle,
        "{:?}",
        problems("unit-cycle.json")
    );
    assert_eq!(
        problems("empty-title.json"),
        one("plan.title", ProblemKind::Empty)
    );
    worded("dangling-area.json", &["plan.tasks[0].area", "a-404"]);
    worded("progress-over-100.json", &["plan.updates[0].progress"]);
}

#[test]
fn every_problem_in_a_file_is_reported() {
    let found = problems("many-problems.json");
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    for want in [
        "plan.tasks[0].area",
        "plan.tasks[1].lead",
        "plan.tasks[1].id",
        "plan.updates[0].progress",
        "plan.indicators[0].actuals[1].period",
        "plan.projects[0].year_target",
    ] {
        assert!(paths.contains(&want), "{want} not in {paths:?}");
    }
    worded("many-problems.json", &["6"]);
}

#[test]
fn byte_order_marks_and_utf16_are_repaired_and_said_so() {
    let (plan, repair) = gate("utf8-bom.json").unwrap();
    assert_eq!(repair, Some(Repair::Utf8Bom));
    let (plan16, repair16) = gate("utf16-le.json").unwrap();
    assert_eq!(repair16, Some(Repair::Utf16));
    assert_eq!(plan16, plan);
    assert_eq!(plan.title, "示例区2024年重点任务");
    // Big-endian too, made from the same text.
    let text = String::from_utf8(read("valid.plan.json")).unwrap();
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let (decoded, r) = decode(&be).unwrap();
    assert_eq!((decoded, r), (text, Some(Repair::Utf16)));
}

#[test]
fn a_second_byte_order_mark_is_not_dropped_but_refused_as_syntax() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF];
    bytes.extend(read("valid.plan.json"));
    match plan_tracker::format::read_incoming(&bytes) {
        Err(ImportError::Syntax { line, column, .. }) => assert_eq!((line, column), (1, 1)),
        other => panic!("two marks must be a syntax error, got {other:?}"),
    }
    // One mark is dropped and said so.
    let mut one = vec![0xEF, 0xBB, 0xBF];
    one.extend(read("valid.plan.json"));
    let (_, repair) = plan_tracker::format::read_incoming(&one).unwrap();
    assert_eq!(repair, Some(Repair::Utf8Bom));
}

#[test]
fn bytes_that_are_not_text_are_refused_with_where() {
    let mut bytes = read("valid.plan.json");
    bytes[40] = 0xC3; // starts a two-byte sequence …
    bytes[41] = b'('; // … that this byte cannot continue
    assert_eq!(decode(&bytes), Err(ImportError::NotText { offset: 40 }));
    let e = decode(&bytes).unwrap_err();
    for lang in Lang::ALL {
        assert!((lang.catalog().import_error)(&e).contains("40"));
    }
    assert!(matches!(
        decode(&[0xFF, 0xFE, 0x41]),
        Err(ImportError::NotText { .. })
    ));
}

#[test]
fn markup_in_names_is_kept_as_text() {
    let (plan, _) = gate("script-in-names.json").unwrap();
    assert!(plan.title.starts_with("<script>"));
    assert_eq!(plan.tasks[0].title, "<b>粗体</b> & <i>斜体</i>");
}

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_decoded() {
    // 129 MB: made here rather than kept in the repository.
    let big = vec![b' '; 129 * 1024 * 1024];
    assert_eq!(
        decode(&big),
        Err(ImportError::TooLarge {
            bytes: big.len() as u64
        })
    );
    assert!(big.len() as u64 > MAX_FILE_BYTES);
    let e = decode(&big).unwrap_err();
    for lang in Lang::ALL {
        let text = (lang.catalog().import_error)(&e);
        assert!(text.contains("129.0") && text.contains("128"), "{text}");
    }
    // Just over the limit, rounded up: not "128.0 MB is over 128 MB".
    let just = ImportError::TooLarge {
        bytes: MAX_FILE_BYTES + 1024,
    };
    assert_eq!(
        (Lang::En.catalog().import_error)(&just),
        "The file is 128.1 MB; files over 128 MB are not read."
    );
    assert_eq!(
        (Lang::Zh.catalog().import_error)(&just),
        "文件大小为 128.1 MB，超过 128 MB 的文件不予读取。"
    );
    // A compressed file: its size unpacked, which inflating stops short of.
    assert_eq!(
        (Lang::Zh.catalog().import_error)(&ImportError::UnpacksTooLarge),
        "压缩文件解压后超过 128 MB 的上限，不予读取。"
    );
}

mod never_panics {
    use super::read;
    use plan_tracker::format::csv::parse_table;
    use plan_tracker::format::{decode, read_incoming};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any bytes at all: an error or a plan, never a panic.
        #[test]
        fn the_gate_never_panics_on_arbitrary_bytes(
            bytes in prop::collection::vec(any::<u8>(), 0..4096)
        ) {
            let _ = read_incoming(&bytes);
            if let Ok((text, _)) = decode(&bytes) {
                let _ = parse_table(&text);
            }
        }

        /// A valid file cut short or with bytes changed: still no panic.
        #[test]
        fn the_gate_never_panics_on_damaged_files(
            cut in 0usize..4000,
            flips in prop::collection::vec((0usize..4000, any::<u8>()), 0..8),
        ) {
            let mut bytes = read("valid.plan.json");
            for (at, b) in flips {
                let n = bytes.len();
                bytes[at % n] = b;
            }
            bytes.truncate(cut.min(bytes.len()));
            let _ = read_incoming(&bytes);
        }
    }
}
