//! The sample plan that ships with the app: a composite "Shanxi 2023
//! transformation and development" supervision ledger.
//!
//! It is assembled from the five public reports in `seeds/` (the Shanxi
//! provincial press conference on accelerating transformation, Taiyuan's
//! municipal plenary meeting, Xiaodian district's plenary session, the Xinzhou
//! development-achievements report and Qibin district's key project meeting).
//! Goals, areas, measures and the indicator figures come from those reports;
//! deadlines, unit assignments, progress reports and investment figures the
//! reports do not give are illustrative, and the plan's description says so.
//!
//! Every text is written as a zh-CN / English pair through `t`; ids, codes,
//! numbers and dates are shared, so both languages describe the same plan.
//! Progress is set as of about 2023-09-30, so the supervision views have
//! something to show: tasks on track, at risk, lagging, overdue, completed,
//! never reported, and one withdrawn report.
//!
//! The plan is written in `build.rs` (with `tasks.rs`, `figures.rs`,
//! `reports.rs`) and ships as the compact plan file `sample.zh.json` and the
//! English words `sample.en.words`, files of the site that the app fetches
//! when it needs the sample and reads through the import gate
//! ([`read_sample`]); the builder is compiled for the tests only, where one
//! keeps the files (and their fingerprints, [`SHIPPED`]) equal to what it
//! builds.

#[cfg(test)]
mod build;
#[cfg(test)]
mod figures;
#[cfg(test)]
mod reports;
mod scaled;
#[cfg(test)]
mod supervision;
#[cfg(test)]
mod tasks;

#[cfg(test)]
use build::{d, t};

pub use scaled::{province_year, scaled_plan};

use crate::i18n::Lang;
use crate::model::*;

/// The id the sample plan ships under. The app knows the sample by it, never
/// by its title (which the user may change).
pub const SAMPLE_ID: &str = "sample-shanxi-2023";

/// Whether `id` is the sample plan's: its own, or the one a second copy gets
/// when its own is taken (`sample-shanxi-2023-2`, `-3`, …).
pub fn is_sample_id(id: &Id) -> bool {
    match id.as_str().strip_prefix(SAMPLE_ID) {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('-')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
        None => false,
    }
}

/// Whether `plan` is the sample, or a sample opened beside it, by its id
/// (edited or not).
pub fn is_sample(plan: &Plan) -> bool {
    is_sample_id(&plan.id)
}

/// The language in which `plan` is the sample exactly as it shipped (its id
/// aside): nothing added, changed or recorded in its history since it was
/// loaded or restored. `None` for any other plan. Known by the shipped
/// files' fingerprints ([`SHIPPED`]), so the files themselves are not read.
pub fn untouched_sample_lang(plan: &Plan) -> Option<Lang> {
    if !is_sample(plan) || !plan.history.is_empty() {
        return None;
    }
    let mut as_shipped = plan.clone();
    as_shipped.id = Id::new(SAMPLE_ID);
    let print = fingerprint(&crate::format::export_compact(&as_shipped));
    SHIPPED
        .into_iter()
        .find(|&(_, shipped)| shipped == print)
        .map(|(l, _)| l)
}

/// The fingerprint of a plan's compact text (FNV-1a, 64 bits).
fn fingerprint(text: &str) -> u64 {
    crate::format::packed::fnv1a(0xcbf2_9ce4_8422_2325, text.as_bytes())
}

/// The fingerprints of the sample's compact text in each language, as it
/// ships (a test keeps them equal to the files).
const SHIPPED: [(Lang, u64); 2] = [
    (Lang::Zh, 0xd14a_b32f_8510_5ba9),
    (Lang::En, 0xdec7_4285_49a9_2141),
];

/// The language a sample the user has edited was loaded in: the one whose
/// texts it shares more of (title, goals, areas, units, task titles), given
/// the sample as shipped in Chinese (`zh`) and English (`en`). `None` for a
/// plan that is not a sample or shares none.
pub fn sample_lang(plan: &Plan, zh: &Plan, en: &Plan) -> Option<Lang> {
    if !is_sample(plan) {
        return None;
    }
    let texts = |p: &Plan| -> rustc_hash::FxHashSet<String> {
        std::iter::once(p.title.clone())
            .chain(p.goals.iter().map(|g| g.title.clone()))
            .chain(p.areas.iter().map(|a| a.title.clone()))
            .chain(p.units.iter().map(|u| u.name.clone()))
            .chain(p.tasks.iter().map(|t| t.title.clone()))
            .collect()
    };
    let here = texts(plan);
    let shared = |p: &Plan| texts(p).intersection(&here).count();
    let (zh, en) = (shared(zh), shared(en));
    match zh.cmp(&en) {
        _ if zh == 0 && en == 0 => None,
        std::cmp::Ordering::Less => Some(Lang::En),
        _ => Some(Lang::Zh),
    }
}

/// The site's file of the sample in Chinese (a compact plan file), and of
/// the English words ([`SAMPLE_EN_WORDS`]): the app reads them when it needs
/// the sample (a first visit, the user asking for it, a language switch of
/// an untouched sample), never at every start.
pub const ZH_FILE: &str = "sample.zh.json";
pub const EN_WORDS_FILE: &str = "sample.en.words";

/// The sample in `lang` from the site's files: the Chinese file `zh` and,
/// for English, its words `en_words` (ignored for Chinese), read through
/// the import gate like any plan file.
pub fn read_sample(
    lang: Lang,
    zh: &str,
    en_words: &str,
) -> Result<Plan, crate::format::ImportError> {
    match lang {
        Lang::Zh => crate::format::import_plan(zh),
        Lang::En => crate::format::import_plan(&with_words(zh, en_words)),
    }
}

/// The sample's files, built into the library for the tests, the benches
/// and the core's callers outside the browser (the app itself fetches them
/// as files of the site: [`read_sample`]). Kept as data rather than code:
/// the code that builds the plan (`build.rs`, compiled for tests only)
/// takes several times the room of the JSON. After a change to `build.rs`, rewrite them with
/// `UPDATE_SAMPLE=1 cargo test --lib sample::tests::embedded_files_are_what_the_builder_writes`.
const SAMPLE_ZH: &str = include_str!("sample.zh.json");
/// The English file as the changes to the Chinese one: both share every
/// id, number and date, and differ only in the words of some of their JSON
/// strings. One line per string that differs: how many strings (of the
/// Chinese file, in order) are kept before it since the previous line, a
/// tab, and the English string as JSON writes it (quotes and escapes).
const SAMPLE_EN_WORDS: &str = include_str!("sample.en.words");

/// The sample's plan file in `lang`.
#[cfg(test)]
fn sample_text(lang: Lang) -> std::borrow::Cow<'static, str> {
    match lang {
        Lang::Zh => SAMPLE_ZH.into(),
        Lang::En => with_words(SAMPLE_ZH, SAMPLE_EN_WORDS).into(),
    }
}

/// The byte ranges of the JSON strings of `json`, quotes included.
fn strings(json: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let b = json.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        i += b.get(i..)?.iter().position(|&c| c == b'"')?;
        let start = i;
        i += 1;
        while i < b.len() && b[i] != b'"' {
            i += if b[i] == b'\\' { 2 } else { 1 };
        }
        i += 1;
        Some(start..i.min(b.len()))
    })
}

/// `json` with its strings changed as `words` lists (see [`SAMPLE_EN_WORDS`]).
fn with_words(json: &str, words: &str) -> String {
    let mut out = String::with_capacity(json.len() + words.len());
    let mut copied = 0;
    let mut all = strings(json);
    for line in words.lines() {
        let Some((skip, word)) = line.split_once('\t') else {
            continue;
        };
        let Some(at) = skip.parse().ok().and_then(|n| all.nth(n)) else {
            break;
        };
        out.push_str(&json[copied..at.start]);
        out.push_str(word);
        copied = at.end;
    }
    out.push_str(&json[copied..]);
    out
}

/// The sample plan built into the library, in `lang`.
pub fn sample_plan(lang: Lang) -> Plan {
    read_sample(lang, SAMPLE_ZH, SAMPLE_EN_WORDS)
        .expect("the embedded sample passes the import gate")
}

/// The untouched sample `plan` as `shipped` (the sample in another
/// language) under `plan`'s own id: what to show when the user switches to
/// `shipped`'s language. `None` when `plan` is not an untouched sample (the
/// user's changes are never replaced) or is in that language already.
pub fn untouched_sample_as(plan: &Plan, lang: Lang, shipped: &Plan) -> Option<Plan> {
    let was = untouched_sample_lang(plan)?;
    (was != lang).then(|| {
        let mut next = shipped.clone();
        next.id = plan.id.clone();
        next
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::validate;
    use chrono::Datelike;
    use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

    fn both() -> [Plan; 2] {
        [sample_plan(Lang::Zh), sample_plan(Lang::En)]
    }

    fn untouched_sample_in(plan: &Plan, lang: Lang) -> Option<Plan> {
        untouched_sample_as(plan, lang, &sample_plan(lang))
    }

    fn sample_lang(plan: &Plan) -> Option<Lang> {
        let [zh, en] = both();
        super::sample_lang(plan, &zh, &en)
    }

    #[test]
    fn the_fingerprints_are_the_shipped_files() {
        for (l, print) in SHIPPED {
            assert_eq!(
                fingerprint(&sample_text(l)),
                print,
                "{l:?}: {:#018x}",
                fingerprint(&sample_text(l))
            );
        }
        // Any change to the sample, even a number, makes it another plan.
        let mut plan = sample_plan(Lang::Zh);
        plan.tasks[0].weight += 1.0;
        assert_eq!(untouched_sample_lang(&plan), None);
        plan.tasks[0].weight -= 1.0;
        assert_eq!(untouched_sample_lang(&plan), Some(Lang::Zh));
    }

    #[test]
    fn the_files_read_as_the_sample_in_each_language() {
        assert_eq!(
            read_sample(Lang::Zh, SAMPLE_ZH, ""),
            Ok(sample_plan(Lang::Zh))
        );
        assert_eq!(
            read_sample(Lang::En, SAMPLE_ZH, SAMPLE_EN_WORDS),
            Ok(sample_plan(Lang::En))
        );
        assert!(read_sample(Lang::Zh, "<html>not found</html>", "").is_err());
        assert!(read_sample(Lang::En, &SAMPLE_ZH[..SAMPLE_ZH.len() / 2], SAMPLE_EN_WORDS).is_err());
    }

    /// Calls `f` on every free text of the plan, in a fixed order.
    fn each_text(plan: &mut Plan, f: &mut dyn FnMut(&mut String)) {
        f(&mut plan.title);
        f(&mut plan.description);
        f(&mut plan.issuer);
        for g in &mut plan.goals {
            f(&mut g.title);
            f(&mut g.description);
        }
        for a in &mut plan.areas {
            f(&mut a.title);
            f(&mut a.description);
        }
        for u in &mut plan.units {
            f(&mut u.name);
        }
        for t in &mut plan.tasks {
            f(&mut t.title);
            f(&mut t.description);
            f(&mut t.leader);
            f(&mut t.requirement.text);
            for m in &mut t.milestones {
                f(&mut m.name);
            }
            for tag in &mut t.tags {
                f(tag);
            }
            f(&mut t.source_ref);
        }
        for p in &mut plan.projects {
            f(&mut p.name);
            f(&mut p.batch);
        }
        for i in &mut plan.indicators {
            f(&mut i.name);
            f(&mut i.measure);
            f(&mut i.category);
            if let Some(Target {
                aim: Aim::Words { text },
                ..
            }) = &mut i.target
            {
                f(text);
            }
            for a in &mut i.actuals {
                f(&mut a.note);
            }
        }
        for u in &mut plan.updates {
            f(&mut u.narrative);
            f(&mut u.problems);
            f(&mut u.next_steps);
            f(&mut u.reporter);
            f(&mut u.evidence);
            if let Some(w) = &mut u.withdrawn {
                f(&mut w.by);
                f(&mut w.reason);
            }
        }
        for s in &mut plan.steps {
            f(&mut s.by);
            f(&mut s.note);
            f(&mut s.reasons);
        }
        for n in &mut plan.notices {
            f(&mut n.number);
            f(&mut n.asked);
            if let Some(r) = &mut n.reply {
                f(&mut r.text);
                f(&mut r.by);
            }
        }
    }

    fn texts(plan: &Plan) -> Vec<String> {
        let mut out = Vec::new();
        each_text(&mut plan.clone(), &mut |s| out.push(s.clone()));
        out
    }

    /// The plan with every text replaced by a mark of whether it is set.
    fn skeleton(plan: &Plan) -> Plan {
        let mut p = plan.clone();
        each_text(&mut p, &mut |s| {
            *s = if s.trim().is_empty() {
                String::new()
            } else {
                "·".into()
            }
        });
        p
    }

    fn has_cjk(s: &str) -> bool {
        s.chars().any(|c| {
            ('\u{4e00}'..='\u{9fff}').contains(&c)
                || ('\u{3000}'..='\u{303f}').contains(&c)
                || ('\u{ff00}'..='\u{ffef}').contains(&c)
                || "“”‘’、".contains(c)
        })
    }

    #[test]
    fn an_untouched_sample_follows_the_language_and_an_edited_one_does_not() {
        let zh = sample_plan(Lang::Zh);
        assert_eq!(untouched_sample_lang(&zh), Some(Lang::Zh));
        let en = untouched_sample_in(&zh, Lang::En).expect("untouched: shown in English");
        assert_eq!(en, sample_plan(Lang::En));
        assert_eq!(
            untouched_sample_in(&zh, Lang::Zh),
            None,
            "already in Chinese"
        );

        // A sample opened beside another keeps its own id.
        let mut beside = sample_plan(Lang::En);
        beside.id = Id::new("sample-shanxi-2023-2");
        assert!(is_sample(&beside));
        let again = untouched_sample_in(&beside, Lang::Zh).unwrap();
        assert_eq!(again.id, beside.id);
        assert_eq!(again.title, sample_plan(Lang::Zh).title);

        // Any change, or any entry in its history, keeps it as it is.
        let mut edited = sample_plan(Lang::Zh);
        edited.tasks[0].title.push('！');
        assert_eq!(untouched_sample_in(&edited, Lang::En), None);
        assert_eq!(sample_lang(&edited), Some(Lang::Zh));
        let mut recorded = sample_plan(Lang::En);
        recorded.history.push(Change {
            at: "t".into(),
            by: String::new(),
            unit: String::new(),
            action: Action::Undo,
            kind: None,
            target: None,
            label: String::new(),
            count: 1,
            milestone: None,
            merged_from: Vec::new(),
            read_from: Vec::new(),
        });
        assert_eq!(untouched_sample_in(&recorded, Lang::Zh), None);
        assert_eq!(sample_lang(&recorded), Some(Lang::En));

        // A plan that is not the sample is never touched, whatever it holds.
        let mut other = sample_plan(Lang::Zh);
        other.id = Id::new("my-plan");
        assert!(!is_sample(&other));
        assert_eq!(untouched_sample_in(&other, Lang::En), None);
        assert_eq!(sample_lang(&other), None);
        let mut lookalike = sample_plan(Lang::Zh);
        lookalike.id = Id::new("sample-shanxi-2023-copy");
        assert!(!is_sample(&lookalike));
    }

    #[test]
    fn the_sample_survives_storage_unchanged_so_it_is_still_untouched() {
        for l in Lang::ALL {
            let text = crate::format::export_plan(&sample_plan(l));
            let back = crate::format::import_plan(&text).unwrap();
            assert_eq!(untouched_sample_lang(&back), Some(l));
        }
    }

    /// [`SAMPLE_EN_WORDS`] for `en`, given the Chinese file `zh` of the same shape.
    fn words_of(zh: &str, en: &str) -> String {
        let (zh_strings, en_strings): (Vec<_>, Vec<_>) =
            (strings(zh).collect(), strings(en).collect());
        assert_eq!(
            zh_strings.len(),
            en_strings.len(),
            "both files have the same strings"
        );
        let mut out = String::new();
        let mut skip = 0;
        for (z, e) in zh_strings.into_iter().zip(en_strings) {
            if zh[z.clone()] == en[e.clone()] {
                skip += 1;
            } else {
                out.push_str(&format!("{skip}\t{}\n", &en[e]));
                skip = 0;
            }
        }
        out
    }

    #[test]
    fn embedded_files_are_what_the_builder_writes() {
        let zh = crate::format::export_compact(&build::build(Lang::Zh));
        let en = crate::format::export_compact(&build::build(Lang::En));
        let words = words_of(&zh, &en);
        if std::env::var_os("UPDATE_SAMPLE").is_some() {
            let dir = format!("{}/src/sample", env!("CARGO_MANIFEST_DIR"));
            std::fs::write(format!("{dir}/sample.zh.json"), &zh)
                .expect("the sample file is writable");
            std::fs::write(format!("{dir}/sample.en.words"), &words)
                .expect("the sample file is writable");
            return;
        }
        assert!(
            SAMPLE_ZH == zh && SAMPLE_EN_WORDS == words,
            "src/sample/sample.zh.json or sample.en.words differs from what build.rs writes; \
             rewrite them with \
             UPDATE_SAMPLE=1 cargo test --lib sample::tests::embedded_files_are_what_the_builder_writes \
             (then SHIPPED's fingerprints, which the_fingerprints_are_the_shipped_files prints)"
        );
        assert_eq!(sample_text(Lang::Zh), zh);
        assert_eq!(
            sample_text(Lang::En),
            en,
            "the English file is rebuilt whole"
        );
        for l in [Lang::Zh, Lang::En] {
            assert_eq!(
                sample_plan(l),
                build::build(l),
                "{l:?} reads back as the built plan"
            );
        }
    }

    #[test]
    fn words_change_only_the_strings_they_name() {
        let zh = r#"{"a":"一","b":["二","x\"三"],"c":3}"#;
        let en = r#"{"a":"one","b":["二","x\"three"],"c":3}"#;
        let words = words_of(zh, en);
        assert_eq!(words, "1\t\"one\"\n2\t\"x\\\"three\"\n");
        assert_eq!(with_words(zh, &words), en);
        assert_eq!(with_words(zh, ""), zh);
    }

    #[test]
    fn sample_is_valid_in_both_languages() {
        for plan in both() {
            let problems = validate(&plan);
            assert!(problems.is_empty(), "{problems:#?}");
            assert_eq!(plan.id.as_str(), "sample-shanxi-2023");
            assert_eq!(plan.level, Level::Province);
            assert_eq!(plan.cadence, Cadence::Monthly);
            assert_eq!((plan.start, plan.end), (d(2023, 1, 1), d(2023, 12, 31)));
        }
    }

    #[test]
    fn languages_share_ids_codes_numbers_and_dates() {
        let [zh, en] = both();
        assert_eq!(skeleton(&zh), skeleton(&en));
        assert_ne!(zh.title, en.title);
        assert!(zh.description.contains("小店区") && zh.description.contains("淇滨区"));
        for place in [
            "Shanxi",
            "Taiyuan",
            "Xiaodian",
            "Xinzhou",
            "Qibin",
            "Hebi",
            "illustrative",
        ] {
            assert!(en.description.contains(place), "{place}");
        }
        for (a, b) in zh.tasks.iter().zip(&en.tasks) {
            assert_ne!(a.title, b.title, "{}", a.id);
        }
    }

    #[test]
    fn every_text_is_translated() {
        let [zh, en] = both();
        let (zt, et) = (texts(&zh), texts(&en));
        assert_eq!(zt.len(), et.len());
        for (z, e) in zt.iter().zip(&et) {
            assert!(!has_cjk(e), "untranslated English text: {e}");
            assert_eq!(z.is_empty(), e.is_empty(), "{z} / {e}");
            if z != e {
                assert!(has_cjk(z), "Chinese text without Chinese: {z}");
            } else {
                // Only symbols such as "%" may be the same in both languages.
                assert!(
                    !z.chars().any(char::is_alphabetic),
                    "same text in both: {z}"
                );
            }
        }
    }

    #[test]
    fn survives_the_import_gate() {
        for plan in both() {
            let back = crate::format::import_plan(&crate::format::export_plan(&plan));
            assert_eq!(back, Ok(plan));
        }
    }

    #[test]
    fn key_figures_from_the_reports() {
        let plan = sample_plan(Lang::En);
        let ind = |id: &str| plan.indicator(&Id::new(id)).expect(id);
        let value = |a: &Option<Target>| match a.as_ref().map(|t| &t.aim) {
            Some(Aim::Value { value } | Aim::AtLeast { value } | Aim::AtMost { value }) => {
                Some(*value)
            }
            _ => None,
        };

        let inc = ind("i-poverty-incidence");
        assert_eq!(inc.baseline.as_ref().map(|b| b.value), Some(19.81));
        assert_eq!(inc.actuals.last().map(|a| a.value), Some(2.28));
        assert_eq!(inc.direction, Direction::LowerIsBetter);
        let poor = ind("i-poor-people");
        assert_eq!(poor.baseline.as_ref().map(|b| b.value), Some(46.74));
        assert_eq!(poor.actuals.last().map(|a| a.value), Some(5.37));
        assert_eq!(ind("i-medical").actuals[0].value, 98.98);
        assert_eq!(ind("i-relocated").actuals[0].value, 797.0);
        assert_eq!(ind("i-villages-cancelled").actuals[0].value, 533.0);
        assert_eq!(ind("i-hygiene-counties").actuals[0].value, 13.0);
        assert_eq!(ind("i-hygiene-towns").actuals[0].value, 8.0);
        assert_eq!(ind("i-counties-lifted").actuals[0].value, 6.0);
        assert_eq!(value(&ind("i-key-tasks").target), Some(165.0));
        assert_eq!(value(&ind("i-key-breakthrough").target), Some(50.0));
        assert_eq!(value(&ind("i-non-coal-share").target), Some(50.0));
        assert_eq!(value(&ind("i-private-share").target), Some(50.0));

        let aims: Vec<&Aim> = plan
            .indicators
            .iter()
            .filter_map(|i| i.target.as_ref().map(|t| &t.aim))
            .collect();
        assert!(aims.iter().any(|a| matches!(a, Aim::Words { .. })));
        assert!(aims.iter().any(|a| matches!(a, Aim::AtMost { .. })));
        assert!(aims.iter().any(|a| matches!(a, Aim::AtLeast { .. })));
        assert!(aims.iter().any(|a| matches!(a, Aim::Value { .. })));
        for nature in [Nature::Binding, Nature::Anticipatory] {
            assert!(plan.indicators.iter().any(|i| i.nature == nature));
        }

        let xiaodian: Vec<&str> = plan
            .areas
            .iter()
            .filter(|a| a.goal == Some(Id::new("g-xiaodian")))
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(
            xiaodian,
            [
                "a-innovation",
                "a-convenience",
                "a-advantages",
                "a-reform",
                "a-bottom-line",
                "a-party"
            ]
        );
        assert!(plan.areas.iter().all(|a| a.goal.is_some()));
        for phrase in [
            "digital economy",
            "business environment",
            "motor towns",
            "chain length system",
            "second-half offensive",
            "15-hour government service circle",
            "financial risks",
            "safe production",
        ] {
            assert!(
                plan.tasks.iter().any(|t| t.title.contains(phrase)),
                "no task on {phrase}"
            );
        }
    }

    #[test]
    fn sizes_and_shape() {
        let plan = sample_plan(Lang::Zh);
        assert_eq!(plan.goals.len(), 4);
        assert!((9..=13).contains(&plan.areas.len()));
        assert!((12..=18).contains(&plan.units.len()));
        assert!((30..=45).contains(&plan.tasks.len()));
        assert!((6..=10).contains(&plan.projects.len()));
        assert!((10..=14).contains(&plan.indicators.len()));

        // Codes are "area.n", numbered in plan order within each area.
        let mut next: HashMap<&Id, usize> = HashMap::default();
        for t in &plan.tasks {
            let a = plan
                .areas
                .iter()
                .position(|a| a.id == t.area)
                .expect("area")
                + 1;
            let n = next.entry(&t.area).or_insert(0);
            *n += 1;
            assert_eq!(t.code, format!("{a}.{n}"));
            assert_eq!(t.id.as_str(), format!("t-{a}-{n}"));
            assert!(
                t.co_units.len() <= 3 && !t.co_units.contains(&t.lead),
                "{}",
                t.id
            );
            assert!([1.0, 2.0, 3.0].contains(&t.weight), "{}", t.id);
            let (s, e) = (t.start.expect("start"), t.deadline.expect("deadline"));
            assert!(s.year() == 2023 && e.year() == 2023, "{}", t.id);
            for m in &t.milestones {
                assert!(m.due >= s && m.due <= e, "{}", t.id);
            }
        }
        for tier in [Tier::Regular, Tier::Key, Tier::KeyBreakthrough] {
            assert!(plan.tasks.iter().any(|t| t.tier == tier), "{tier:?}");
        }
        assert!(plan.tasks.iter().any(|t| t.requirement.indicator.is_some()));

        // Every unit is used, and the phases cover the whole enum.
        let used: HashSet<&Id> = plan
            .tasks
            .iter()
            .flat_map(|t| std::iter::once(&t.lead).chain(&t.co_units))
            .chain(plan.projects.iter().map(|p| &p.lead))
            .collect();
        for u in &plan.units {
            assert!(used.contains(&u.id), "unused unit {}", u.id);
        }
        for phase in [
            Phase::Planned,
            Phase::Preparing,
            Phase::UnderConstruction,
            Phase::Completed,
            Phase::InOperation,
        ] {
            assert!(plan.projects.iter().any(|p| p.phase == phase), "{phase:?}");
        }
        for p in &plan.projects {
            assert!(
                p.completed_investment <= p.year_target && p.year_target <= p.total_investment,
                "{}",
                p.id
            );
        }
    }

    #[test]
    fn progress_tells_a_supervision_story() {
        let plan = sample_plan(Lang::En);
        let as_of = d(2023, 9, 30);
        for u in &plan.updates {
            assert!(u.date <= as_of && u.date.year() == 2023, "{}", u.id);
            if let Subject::Task(id) = &u.subject {
                let task = plan.task(id).expect("task");
                assert!(
                    u.date >= task.start.expect("start"),
                    "{} before its task starts",
                    u.id
                );
            }
        }

        // Standing reports on each subject rise over time.
        let subjects: HashSet<&Subject> = plan.updates.iter().map(|u| &u.subject).collect();
        for s in &subjects {
            let mut standing: Vec<&Update> = plan
                .reports_on(s)
                .into_iter()
                .filter(|u| u.withdrawn.is_none())
                .collect();
            standing.reverse();
            for w in standing.windows(2) {
                assert!(
                    w[0].progress <= w[1].progress,
                    "{} then {}",
                    w[0].id,
                    w[1].id
                );
            }
        }

        // A withdrawn report, superseded by a later standing one.
        let withdrawn: Vec<&Update> = plan
            .updates
            .iter()
            .filter(|u| u.withdrawn.is_some())
            .collect();
        assert!(!withdrawn.is_empty());
        for w in withdrawn {
            let latest = plan.latest_report(&w.subject).expect("superseded");
            assert!(latest.date >= w.date && latest.id != w.id);
            assert!(w.withdrawn.as_ref().is_some_and(|x| x.date >= w.date));
        }

        let progress = |t: &Task| plan.progress_of(&Subject::Task(t.id.clone()));
        let expected = |t: &Task| {
            let (s, e) = (t.start.expect("start"), t.deadline.expect("deadline"));
            let done = (as_of.min(e) - s).num_days() as f64;
            100.0 * done / (e - s).num_days() as f64
        };
        let silent = plan
            .tasks
            .iter()
            .filter(|t| plan.latest_report(&Subject::Task(t.id.clone())).is_none())
            .count();
        assert!(silent >= 1);
        let completed: Vec<&Task> = plan
            .tasks
            .iter()
            .filter(|t| {
                plan.latest_report(&Subject::Task(t.id.clone()))
                    .is_some_and(|u| u.status == ReportedStatus::Completed && u.progress == 100.0)
            })
            .collect();
        assert!(completed.len() >= 2);
        let lagging = plan
            .tasks
            .iter()
            .filter(|t| plan.latest_report(&Subject::Task(t.id.clone())).is_some())
            .filter(|t| expected(t) - progress(t) > plan.thresholds.lagging_lag)
            .count();
        assert!(lagging >= 2, "{lagging} lagging tasks");
        assert!(plan
            .updates
            .iter()
            .any(|u| matches!(u.subject, Subject::Project(_))));
    }
}
