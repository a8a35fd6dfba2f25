//! The storage adapter against the browser's real localStorage
//! (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use plan_tracker::command::{apply_as, describe, Author, Command};
use plan_tracker::format::{export_compact, ImportError};
use plan_tracker::i18n::Lang;
use plan_tracker::journal::{fingerprint, Journal, JOURNAL_MAX_CHARS};
use plan_tracker::model::{Date, Id, Kind, Plan};
use plan_tracker::plan_list::PlanSummary;
use plan_tracker::sample::{province_year, sample_plan};
use plan_tracker::session::Recorded;
use plan_tracker::storage::{self, plan_key, Newer, SaveError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn small(id: &str) -> Plan {
    Plan::new(
        Id::new(id),
        format!("Plan {id}"),
        Date::from_ymd_opt(2024, 1, 1).unwrap(),
        Date::from_ymd_opt(2024, 12, 31).unwrap(),
    )
}

#[wasm_bindgen_test]
fn plans_round_trip_under_namespaced_versioned_keys() {
    local().clear().unwrap();
    let a = sample_plan(Lang::En);
    let b = small("city-2024");
    storage::save_plan(&a).unwrap();
    storage::save_plan(&b).unwrap();
    assert_eq!(plan_key(&b.id), "plan-tracker/v1/plan/city-2024");
    let raw = local()
        .get_item("plan-tracker/v1/plan/city-2024")
        .unwrap()
        .unwrap();
    assert!(
        raw.contains(&format!("\"version\":{}", plan_tracker::format::VERSION)),
        "stored text names its version: {raw}"
    );
    let loaded = storage::load_plans();
    assert!(loaded.broken.is_empty());
    assert_eq!(loaded.plans.len(), 2);
    assert!(loaded.plans.contains(&a) && loaded.plans.contains(&b));

    storage::delete_plan(&b.id).unwrap();
    assert_eq!(storage::load_plans().plans, vec![a]);
}

#[wasm_bindgen_test]
fn an_unreadable_plan_is_reported_kept_and_not_overwritten() {
    local().clear().unwrap();
    let key = "plan-tracker/v1/plan/city-2024";
    local()
        .set_item(key, "{\"format\":\"plan-tracker/plan\",\"ver")
        .unwrap();
    storage::save_plan(&small("other")).unwrap();
    let loaded = storage::load_plans();
    assert_eq!(loaded.plans.len(), 1);
    assert_eq!(loaded.broken.len(), 1);
    assert_eq!(loaded.broken[0].key, key);
    assert!(matches!(loaded.broken[0].error, ImportError::Syntax { .. }));
    // Saving a plan with the same id must not destroy the raw text.
    assert_eq!(
        storage::save_plan(&small("city-2024")),
        Err(SaveError::KeyLocked(key.to_string()))
    );
    assert_eq!(
        local().get_item(key).unwrap().as_deref(),
        Some("{\"format\":\"plan-tracker/plan\",\"ver")
    );
    // Only the user's word removes it.
    storage::delete_key(key).unwrap();
    assert!(local().get_item(key).unwrap().is_none());
    storage::save_plan(&small("city-2024")).unwrap();
}

/// Fill the quota with filler until the browser refuses one more
/// character; how many fillers it took.
fn fill_quota() -> usize {
    let mut size = 512 * 1024;
    let mut i = 0;
    while size >= 1 {
        if local()
            .set_item(&format!("filler/{i}"), &"x".repeat(size))
            .is_ok()
        {
            i += 1;
            assert!(i < 400, "the quota never filled");
        } else {
            size /= 2;
        }
    }
    i
}

/// Fill the site with filler up to `free` characters short of the quota.
fn fill_to_free(free: usize) {
    let target = storage::QUOTA_CHARS - free;
    for i in 0.. {
        let used = storage::usage().total;
        if used >= target {
            break;
        }
        let name = format!("filler/{i:03}");
        let n = (target - used - name.len()).min(512 * 1024);
        local().set_item(&name, &"x".repeat(n)).unwrap();
    }
    assert_eq!(storage::room().free(), free);
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_stored_plan_is_unchanged() {
    local().clear().unwrap();
    let mut plan = small("big");
    storage::save_plan(&plan).unwrap();
    let before = local().get_item(&plan_key(&plan.id)).unwrap();
    let i = fill_quota();
    // Longer, and small enough to be stored plain (a packed text would
    // compress a repeated character away).
    plan.description = "y".repeat(10_000);
    // Refused by the browser, or before that by the room measured.
    let saved = storage::save_plan(&plan);
    assert!(
        matches!(
            saved,
            Err(SaveError::QuotaExceeded | SaveError::NoRoom { .. })
        ),
        "{saved:?} after {i} fillers, {} characters used",
        storage::usage().total
    );
    assert_eq!(local().get_item(&plan_key(&plan.id)).unwrap(), before);
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn language_and_current_plan_are_remembered() {
    local().clear().unwrap();
    assert_eq!(storage::saved_lang(), None);
    storage::save_lang(Lang::En).unwrap();
    assert_eq!(storage::saved_lang(), Some(Lang::En));
    storage::set_current_plan(&Id::new("city-2024")).unwrap();
    assert_eq!(storage::current_plan(), Some(Id::new("city-2024")));
    assert_eq!(
        local().get_item("plan-tracker/v1/lang").unwrap().as_deref(),
        Some("\"en\"")
    );
    let _ = export_compact(&small("x"));
}

#[wasm_bindgen_test]
fn a_plan_saved_by_another_tab_is_seen_as_newer_once() {
    local().clear().unwrap();
    let mine = small("city-2024");
    storage::save_plan(&mine).unwrap();
    // Nothing changed since this tab wrote it.
    assert_eq!(storage::newer_stored(&mine.id), None);

    // Another tab writes a newer version of the same plan.
    let mut theirs = mine.clone();
    theirs.description = "changed in another tab".into();
    local()
        .set_item(&plan_key(&mine.id), &export_compact(&theirs))
        .unwrap();
    assert_eq!(storage::newer_stored(&mine.id), Some(Ok(theirs.clone())));
    // Read once, it is this tab's base now.
    assert_eq!(storage::newer_stored(&mine.id), None);

    // After this tab saves on top of it, there is nothing newer either.
    let mut both = theirs.clone();
    both.title = "changed here too".into();
    storage::save_plan(&both).unwrap();
    assert_eq!(storage::newer_stored(&mine.id), None);
}

/// What another tab does before its `storage` event arrives: it writes
/// `text` under `key`; the event then carries that text.
fn written_elsewhere(key: &str, text: &str) -> Option<Result<Plan, ImportError>> {
    local().set_item(key, text).unwrap();
    storage::changed_plan(key, Some(text))
}

#[wasm_bindgen_test]
fn storage_events_are_read_through_the_gate() {
    local().clear().unwrap();
    let mine = small("city-2024");
    storage::save_plan(&mine).unwrap();
    let key = plan_key(&mine.id);
    let own = local().get_item(&key).unwrap().unwrap();
    // This tab's own text, other keys and removals say nothing.
    assert_eq!(storage::changed_plan(&key, Some(&own)), None);
    assert_eq!(
        storage::changed_plan("plan-tracker/v1/lang", Some("\"en\"")),
        None
    );
    assert_eq!(storage::changed_plan(&key, None), None);

    let mut theirs = mine.clone();
    theirs.title = "Renamed elsewhere".into();
    let text = export_compact(&theirs);
    assert_eq!(written_elsewhere(&key, &text), Some(Ok(theirs)));
    // A text that fails the gate is reported, not taken.
    assert!(matches!(
        written_elsewhere(&key, "{\"format\":"),
        Some(Err(ImportError::Syntax { .. }))
    ));
    // A plan written under another plan's key is refused too.
    let other = export_compact(&small("other"));
    assert!(matches!(
        written_elsewhere(&key, &other),
        Some(Err(ImportError::OtherKey { id })) if id == small("other").id.0
    ));
}

#[wasm_bindgen_test]
fn a_late_event_carrying_an_older_text_is_not_news() {
    local().clear().unwrap();
    let key = plan_key(&small("city-2024").id);
    // A page that is going away writes the plan; the page that follows it
    // reads that, then saves its own change on top.
    let mut older = small("city-2024");
    older.title = "Written by the page before".into();
    local().set_item(&key, &export_compact(&older)).unwrap();
    let read = storage::load_plan(&older.id).unwrap().unwrap();
    assert!(read == older);
    let mut mine = read;
    mine.title = "Changed after the reload".into();
    storage::save_plan(&mine).unwrap();
    // The older page's write then arrives as an event: what is stored is
    // this tab's own, so nothing is offered and nothing rolls back.
    assert_eq!(
        storage::changed_plan(&key, Some(&export_compact(&older))),
        None
    );
    assert!(storage::load_plan(&mine.id).unwrap().unwrap() == mine);
}

#[wasm_bindgen_test]
fn a_locked_key_is_never_offered_as_newer() {
    local().clear().unwrap();
    let key = "plan-tracker/v1/plan/city-2024";
    local().set_item(key, "not json").unwrap();
    let loaded = storage::load_plans();
    assert_eq!(loaded.broken.len(), 1);
    assert!(storage::is_locked(&Id::new("city-2024")));
    assert_eq!(storage::newer_stored(&Id::new("city-2024")), None);
    assert_eq!(
        storage::changed_plan(key, Some(&export_compact(&small("city-2024")))),
        None
    );
    storage::delete_key(key).unwrap();
    assert!(!storage::is_locked(&Id::new("city-2024")));
}

// --- CSV bytes through the browser's own TextDecoder -----------------------------

#[wasm_bindgen_test]
fn gbk_csv_bytes_are_decoded_by_the_browsers_text_decoder() {
    use plan_tracker::files::gb18030;
    use plan_tracker::format::encoding::{decode_text, Encoding, TextError};
    // "责任单位,协同单位,完成时限\r\n" as Chinese Excel and WPS save it (GBK).
    let gbk: &[u8] = &[
        0xD4, 0xF0, 0xC8, 0xCE, 0xB5, 0xA5, 0xCE, 0xBB, 0x2C, 0xD0, 0xAD, 0xCD, 0xAC, 0xB5, 0xA5,
        0xCE, 0xBB, 0x2C, 0xCD, 0xEA, 0xB3, 0xC9, 0xCA, 0xB1, 0xCF, 0xDE, 0x0D, 0x0A,
    ];
    assert_eq!(
        decode_text(gbk, &gb18030),
        Ok((
            "责任单位,协同单位,完成时限\r\n".to_string(),
            Encoding::Gb18030
        ))
    );
    // A four-byte GB18030 sequence: U+20000.
    assert_eq!(
        gb18030(&[0x95, 0x32, 0x82, 0x36]).as_deref(),
        Some("\u{20000}")
    );
    // Fatal: a malformed sequence is refused, never replaced.
    assert_eq!(gb18030(&[0xD4, 0xF0, 0xFF]), None);
    assert_eq!(
        decode_text(&[0x61, 0x0A, 0xD4, 0xF0, 0xFF], &gb18030),
        Err(TextError::Unreadable {
            encoding: Encoding::Gb18030,
            offset: 4,
            line: 2
        })
    );
}

/// Tasks in the province plan stored below, each with twelve monthly
/// reports: a fifth of a province's year, so that this debug build's run
/// stays within the test runner's 20 seconds on a busy two-core machine
/// (the whole 10,000 tasks pass too, in about a minute). The stored size
/// of the whole year is extrapolated from it.
const PROVINCE_TASKS: usize = 2_000;

#[wasm_bindgen_test]
fn a_province_plan_is_stored_and_read_back() {
    local().clear().unwrap();
    let plan = province_year(Lang::Zh, PROVINCE_TASKS, 12);
    assert_eq!(plan.updates.len(), PROVINCE_TASKS * 12);
    let chars = storage::save_plan(&plan).unwrap();
    let stored = local().get_item(&plan_key(&plan.id)).unwrap().unwrap();
    assert!(plan_tracker::format::packed::is_packed(&stored));
    assert_eq!(stored.encode_utf16().count(), chars);
    // A province's year (10,000 tasks) in well under the quota.
    let province_chars = (chars as u64 * 10_000 / PROVINCE_TASKS as u64) as usize;
    assert!(
        province_chars < storage::QUOTA_CHARS * 3 / 4,
        "{province_chars} characters"
    );
    let room = storage::room();
    assert!(room.used >= chars && room.free() == storage::QUOTA_CHARS - room.used);
    let loaded = storage::load_plans();
    assert!(loaded.broken.is_empty());
    assert!(loaded.plans == vec![plan], "the plan read back differs");
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_plan_stored_in_the_form_before_opens_and_is_written_anew_at_its_next_save() {
    use plan_tracker::format::packed::{pack, MAGIC, MAGIC_V2};
    local().clear().unwrap();
    let plan = packed_plan("before");
    let key = plan_key(&plan.id);
    // As builds before the reports apart stored it: the whole file as text.
    let before = pack(&export_compact(&plan));
    assert!(before.starts_with(MAGIC_V2));
    local().set_item(&key, &before).unwrap();
    let loaded = storage::load_plans();
    assert!(loaded.broken.is_empty());
    assert!(
        loaded.plans == vec![plan.clone()],
        "the plan read back differs"
    );
    let chars = storage::save_plan(&plan).unwrap();
    let after = local().get_item(&key).unwrap().unwrap();
    assert!(after.starts_with(MAGIC), "{}", &after[..8]);
    assert!(chars < before.encode_utf16().count(), "{chars} characters");
    assert!(storage::load_plans().plans == vec![plan]);
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_plan_that_would_not_fit_is_refused_with_the_figures_before_writing() {
    local().clear().unwrap();
    let mut plan = small("room");
    storage::save_plan(&plan).unwrap();
    let key = plan_key(&plan.id);
    // Fill the site up to 50,000 characters short of the quota.
    fill_to_free(50_000);
    // Still fits: 40,000 more characters.
    plan.description = "y".repeat(40_000);
    assert!(storage::save_plan(&plan).is_ok());
    let kept = local().get_item(&key).unwrap().unwrap();
    // Does not: 100,000 more. Not tried, and what was stored stays.
    plan.description = "y".repeat(100_000);
    let needed = key.len() + export_compact(&plan).len();
    let free = storage::room().free() + key.len() + kept.len();
    assert_eq!(
        storage::save_plan(&plan),
        Err(SaveError::NoRoom { needed, free })
    );
    assert_eq!(local().get_item(&key).unwrap().unwrap(), kept);
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_plan_takes_the_room_of_undo_steps_when_it_needs_it() {
    local().clear().unwrap();
    let mut plan = small("steps-room");
    storage::save_plan(&plan).unwrap();
    let key = plan_key(&plan.id);
    let own = format!("plan-tracker/v1/session/{}", plan.id);
    let other = "plan-tracker/v1/session/other".to_string();
    let steps = |k: &str| local().get_item(k).unwrap();
    storage::save_session(&plan.id, &"s".repeat(100_000));
    storage::save_session(&Id::new("other"), &"s".repeat(100_000));
    fill_to_free(30_000);
    // The steps may take half the room left, with what they take now.
    assert_eq!(
        storage::steps_budget(&plan.id),
        (30_000 + own.len() + 100_000) / 2
    );

    // 80,000 characters more: only with the room of the plan's own steps.
    plan.description = "y".repeat(80_000);
    assert!(storage::save_plan(&plan).is_ok());
    assert_eq!(steps(&own), None);
    assert!(steps(&other).is_some());
    // 120,000 more: only with the other plan's steps too.
    plan.description = "y".repeat(200_000);
    assert!(storage::save_plan(&plan).is_ok());
    assert_eq!(steps(&other), None);
    assert!(storage::load_plan(&plan.id).unwrap().unwrap() == plan);
    // No steps left to give room: refused with the figures, the plan as
    // stored stays.
    let kept = local().get_item(&key).unwrap().unwrap();
    let free = storage::room().free() + key.len() + kept.len();
    plan.description = "y".repeat(250_000);
    let needed = key.len() + export_compact(&plan).len();
    assert!(needed > free);
    assert_eq!(
        storage::save_plan(&plan),
        Err(SaveError::NoRoom { needed, free })
    );
    assert_eq!(local().get_item(&key).unwrap().unwrap(), kept);
    assert_eq!(storage::steps_budget(&plan.id), storage::room().free() / 2);
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_save_that_would_not_fit_even_without_the_undo_steps_keeps_them() {
    local().clear().unwrap();
    let mut plan = small("steps-kept");
    storage::save_plan(&plan).unwrap();
    let key = plan_key(&plan.id);
    let own = format!("plan-tracker/v1/session/{}", plan.id);
    let other = "plan-tracker/v1/session/other".to_string();
    storage::save_session(&plan.id, &"s".repeat(40_000));
    storage::save_session(&Id::new("other"), &"s".repeat(40_000));
    fill_to_free(30_000);
    let kept = local().get_item(&key).unwrap().unwrap();
    // More than the room left and both plans' steps together (stored
    // plain: under the size that is packed).
    plan.description = "y".repeat(150_000);
    let needed = key.len() + export_compact(&plan).len();
    let free = storage::room().free() + key.len() + kept.len();
    assert_eq!(
        storage::save_plan(&plan),
        Err(SaveError::NoRoom { needed, free })
    );
    assert_eq!(local().get_item(&key).unwrap().unwrap(), kept);
    assert!(local().get_item(&own).unwrap().is_some());
    assert!(local().get_item(&other).unwrap().is_some());
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn another_plan_is_read_from_storage_when_it_is_opened() {
    local().clear().unwrap();
    let a = small("switch-a");
    let mut b = small("switch-b");
    b.title = "The other plan".into();
    storage::save_plan(&a).unwrap();
    storage::save_plan(&b).unwrap();
    // Read through the gate, as it is stored now.
    assert_eq!(storage::load_plan(&b.id), Some(Ok(b.clone())));
    assert_eq!(storage::load_plan(&Id::new("switch-none")), None);
    // Read on opening, it is this tab's base: not offered as newer.
    assert!(storage::newer_stored(&b.id).is_none());
    // A damaged text is kept, reported with its raw text, and locked.
    let key = plan_key(&a.id);
    local().set_item(&key, "{\"format\":").unwrap();
    match storage::load_plan(&a.id) {
        Some(Err(broken)) => {
            assert_eq!(broken.key, key);
            assert_eq!(broken.raw, "{\"format\":");
            assert!(matches!(broken.error, ImportError::Syntax { .. }));
        }
        other => panic!("expected a broken plan, got {other:?}"),
    }
    assert!(storage::is_locked(&a.id));
    assert_eq!(
        storage::save_plan(&a),
        Err(SaveError::KeyLocked(key.clone()))
    );
    storage::delete_key(&key).unwrap();
}

/// A province plan packed and checked, large enough to be stored packed.
fn packed_plan(id: &str) -> Plan {
    let mut plan = province_year(Lang::En, 200, 12);
    plan.id = Id::new(id);
    plan
}

#[wasm_bindgen_test]
fn start_up_reads_the_plan_on_screen_whole_and_the_others_by_their_kept_summaries() {
    local().clear().unwrap();
    let (a, b, c) = (packed_plan("a"), packed_plan("b"), small("c"));
    for p in [&a, &b, &c] {
        storage::save_plan(p).unwrap();
    }
    let start = storage::load_start(Some(&b.id));
    assert!(start.broken.is_empty());
    assert_eq!(start.current.as_ref(), Some(&b));
    let list: Vec<PlanSummary> = [&a, &b, &c].map(PlanSummary::of).into();
    assert_eq!(start.plans, list);

    // Plan a, damaged inside while its length and head stay: its summary
    // still vouches, so start-up lists it unread; opening it finds it.
    let key = plan_key(&a.id);
    let text = local().get_item(&key).unwrap().unwrap();
    let mut chars: Vec<char> = text.chars().collect();
    let at = chars.len() / 2;
    chars[at] = if chars[at] == '\u{3000}' {
        '\u{3001}'
    } else {
        '\u{3000}'
    };
    local()
        .set_item(&key, &chars.iter().collect::<String>())
        .unwrap();
    let start = storage::load_start(Some(&b.id));
    assert!(start.broken.is_empty());
    assert_eq!(start.plans, list);
    assert!(matches!(storage::load_plan(&a.id), Some(Err(_))));
    storage::delete_key(&key).unwrap();

    // Plan a stored again, then cut short behind its summary's back: the
    // summary no longer vouches, the plan is read whole and reported.
    storage::save_plan(&a).unwrap();
    let text = local().get_item(&key).unwrap().unwrap();
    let cut: String = text.chars().take(text.chars().count() - 10).collect();
    local().set_item(&key, &cut).unwrap();
    let start = storage::load_start(Some(&b.id));
    assert_eq!(start.broken.len(), 1);
    assert_eq!(start.broken[0].key, key);
    assert_eq!(start.broken[0].error, ImportError::Damaged);
    assert_eq!(start.plans, list[1..].to_vec());
    storage::delete_key(&key).unwrap();

    // Plan b replaced by another text of its own (a plain, older copy)
    // while its summary stays: read whole, the summary does not vouch.
    let mut older = b.clone();
    older.title = "Older".into();
    local()
        .set_item(&plan_key(&b.id), &export_compact(&older))
        .unwrap();
    let start = storage::load_start(Some(&c.id));
    assert_eq!(start.current.as_ref(), Some(&c));
    assert_eq!(start.plans[0], PlanSummary::of(&older));

    // A packed plan stored without a summary (by a build before them) is
    // read whole once, and its summary kept for the next start-up.
    let d = packed_plan("d");
    storage::save_plan(&d).unwrap();
    local().remove_item("plan-tracker/v1/summary/d").unwrap();
    let start = storage::load_start(Some(&c.id));
    assert_eq!(start.plans.last(), Some(&PlanSummary::of(&d)));
    assert!(local()
        .get_item("plan-tracker/v1/summary/d")
        .unwrap()
        .is_some());
    // Now listed unread: damage inside it is not seen until it is opened.
    let key = plan_key(&d.id);
    let text = local().get_item(&key).unwrap().unwrap();
    let mut chars: Vec<char> = text.chars().collect();
    let at = chars.len() / 2;
    chars[at] = if chars[at] == '\u{3000}' {
        '\u{3001}'
    } else {
        '\u{3000}'
    };
    local()
        .set_item(&key, &chars.iter().collect::<String>())
        .unwrap();
    let start = storage::load_start(Some(&c.id));
    assert!(start.broken.is_empty());
    assert_eq!(start.plans.last(), Some(&PlanSummary::of(&d)));
    storage::delete_key(&key).unwrap();

    // The plan last open is gone: the first plan in key order, whole.
    let start = storage::load_start(Some(&Id::new("gone")));
    assert_eq!(start.current.map(|p| p.id), Some(b.id.clone()));
    // Deleting a plan takes its summary with it.
    storage::delete_plan(&b.id).unwrap();
    assert_eq!(local().get_item("plan-tracker/v1/summary/b").unwrap(), None);
    local().clear().unwrap();
}

/// The browser's lower case, which `text::lower` asks for texts with cased
/// letters beyond ASCII, is Rust's: full mappings and the final sigma.
#[wasm_bindgen_test]
fn the_browsers_lower_case_is_rusts() {
    let mut texts: Vec<String> = [
        "ΟΔΟΣ Σ ΣΑΣ ΑΣ.",
        "İstanbul",
        "Ⅳ Ⓐ ǅ ǈ",
        "Ünal ÉTÉ Ъ Ё",
        "ＡＢＣ全角",
        "Ǆ ẞ Ω K Å",
        "𐐀𐐁 Ꭰ Ᏸ",
        "ΆΈΉ ΪΫ",
        "Ա Ֆ Ⴀ",
        "山西省 Key Tasks（重点）",
    ]
    .map(String::from)
    .to_vec();
    // Every cased letter of the Basic Multilingual Plane, in runs.
    let cased: Vec<char> = ('\u{80}'..='\u{FFFF}')
        .filter(|c| !c.to_lowercase().eq([*c]))
        .collect();
    texts.extend(cased.chunks(64).map(|run| run.iter().collect::<String>()));
    for text in &texts {
        assert_eq!(
            plan_tracker::text::lower(text),
            text.to_lowercase(),
            "{text}"
        );
    }
}

/// A change to `plan`, applied as the session applies it, and recorded.
fn changed(plan: &mut Plan, cmd: Command) -> Recorded {
    let (author, at) = (Author::default(), "2024-05-01T08:00:00Z");
    let entry = describe(plan, &cmd);
    apply_as(plan, cmd.clone(), &author, at, entry.clone()).unwrap();
    Recorded {
        cmd,
        author,
        at: at.into(),
        entry,
    }
}

fn remove_task(plan: &Plan, i: usize) -> Command {
    Command::Remove {
        kind: Kind::Task,
        id: plan.tasks[i].id.clone(),
    }
}

#[wasm_bindgen_test]
fn changes_that_would_fill_the_journal_are_not_taken_by_it_and_the_plan_is_written_whole() {
    local().clear().unwrap();
    let mut plan = packed_plan("filled");
    let jkey = "plan-tracker/v1/journal/filled";
    // No journal is known before the plan is stored packed.
    let cmd = remove_task(&plan, 1);
    let change = changed(&mut plan, cmd);
    assert!(!storage::journal_takes(
        &plan.id,
        std::slice::from_ref(&change)
    ));
    storage::save_plan(&plan).unwrap();
    let cmd = remove_task(&plan, 2);
    let change = changed(&mut plan, cmd);
    assert!(storage::journal_takes(
        &plan.id,
        std::slice::from_ref(&change)
    ));
    storage::save_changes(&plan, std::slice::from_ref(&change)).unwrap();
    assert!(local().get_item(jkey).unwrap().is_some());

    // As many changes as would take the journal past its limit: the page
    // saves them by writing the plan whole, which removes the journal.
    let each = serde_json::to_string(&change).unwrap().len();
    let many = vec![change; JOURNAL_MAX_CHARS / each + 1];
    assert!(!storage::journal_takes(&plan.id, &many));
    storage::save_changes(&plan, &many).unwrap();
    assert!(local().get_item(jkey).unwrap().is_none());
    assert!(storage::load_plan(&plan.id).unwrap().unwrap() == plan);

    // A plan replaced whole in memory takes no journal until written whole.
    storage::forget_journal(&plan.id);
    assert!(!storage::journal_takes(&plan.id, &many[..1]));
}

#[wasm_bindgen_test]
fn changes_another_tab_appended_come_alone_to_the_tab_that_follows_the_journal() {
    local().clear().unwrap();
    let mut plan = packed_plan("appended");
    storage::save_plan(&plan).unwrap();
    let key = plan_key(&plan.id);
    let jkey = "plan-tracker/v1/journal/appended";
    let cmd = remove_task(&plan, 1);
    let mine = changed(&mut plan, cmd);
    storage::save_changes(&plan, &[mine]).unwrap();
    let journal = local().get_item(jkey).unwrap().unwrap();

    // Another tab appends two changes: the tab showing the plan gets those
    // two alone, and follows the longer journal from then on.
    let mut theirs = plan.clone();
    let cmd = remove_task(&theirs, 2);
    let first = changed(&mut theirs, cmd);
    let cmd = remove_task(&theirs, 3);
    let second = changed(&mut theirs, cmd);
    let mut stored = Journal::from_text(&journal).unwrap();
    stored.changes.extend([first.clone(), second.clone()]);
    local().set_item(jkey, &stored.to_text()).unwrap();
    let newer = storage::changed(jkey, Some(&stored.to_text()), &plan.id, true);
    assert_eq!(newer, Some(Newer::Appended(vec![first, second])));
    assert_eq!(storage::newer_on_screen(&plan.id), None);
    assert_eq!(storage::newer_stored(&plan.id), None);
    // This tab's next change is appended after theirs.
    let cmd = remove_task(&theirs, 4);
    let next = changed(&mut theirs, cmd);
    storage::save_changes(&theirs, std::slice::from_ref(&next)).unwrap();
    let now = Journal::from_text(&local().get_item(jkey).unwrap().unwrap()).unwrap();
    assert_eq!(now.changes.len(), 4);
    assert_eq!(now.changes[3], next);
    assert!(storage::load_plan(&plan.id).unwrap().unwrap() == theirs);

    // A tab with changes of its own not stored yet: the plan read whole,
    // to replay them on it.
    let cmd = remove_task(&theirs, 5);
    let more = changed(&mut theirs, cmd);
    let mut followed = now.clone();
    followed.changes.push(more);
    local().set_item(jkey, &followed.to_text()).unwrap();
    let read = storage::changed(jkey, Some(&followed.to_text()), &plan.id, false);
    assert!(matches!(read, Some(Newer::Whole(Ok(p))) if p == theirs));

    // Another plan than the one on screen: its summary kept beside it, which
    // still vouches for the stored text, and the plan is not read. Its
    // summary's own key says so too, and nothing for the plan on screen.
    let mut further = followed.clone();
    let cmd = remove_task(&theirs, 6);
    further.changes.push(changed(&mut theirs, cmd));
    local().set_item(jkey, &further.to_text()).unwrap();
    let elsewhere = Id::new("another");
    let listed = storage::changed(jkey, Some(&further.to_text()), &elsewhere, true);
    assert!(matches!(&listed, Some(Newer::Listed(s)) if s.id == plan.id));
    let skey = "plan-tracker/v1/summary/appended";
    let kept = local().get_item(skey).unwrap().unwrap();
    let listed = storage::changed(skey, Some(&kept), &elsewhere, true);
    assert!(matches!(&listed, Some(Newer::Listed(s)) if s.id == plan.id));
    assert_eq!(storage::changed(skey, Some(&kept), &plan.id, true), None);

    // A journal not only appended to (the last change this tab knows
    // replaced by another): the plan read whole.
    let mut rewritten = followed.clone();
    rewritten.changes.pop();
    let mut alt = load(&key, &rewritten);
    let cmd = remove_task(&alt, 7);
    rewritten.changes.push(changed(&mut alt, cmd));
    local().set_item(jkey, &rewritten.to_text()).unwrap();
    let read = storage::newer_on_screen(&plan.id);
    assert!(matches!(read, Some(Newer::Whole(Ok(p))) if p == alt));

    // Forgotten (a change that would not apply here): read whole again.
    storage::forget_followed(&plan.id);
    let read = storage::newer_stored(&plan.id);
    assert!(matches!(read, Some(Ok(p)) if p == alt));
}

/// The plan stored under `key` with `journal` in place of its own.
fn load(key: &str, journal: &Journal) -> Plan {
    let text = local().get_item(key).unwrap().unwrap();
    let mut plan = plan_tracker::format::packed::read_stored(&text).unwrap();
    journal.replay(&mut plan).unwrap();
    plan
}

#[wasm_bindgen_test]
fn a_journal_another_tab_folded_in_is_taken_without_reading_the_plan_again() {
    local().clear().unwrap();
    let mut plan = packed_plan("folded");
    storage::save_plan(&plan).unwrap();
    let key = plan_key(&plan.id);
    let jkey = "plan-tracker/v1/journal/folded";
    let cmd = remove_task(&plan, 1);
    let change = changed(&mut plan, cmd);
    storage::save_changes(&plan, &[change]).unwrap();
    let (snapshot, journal) = (
        local().get_item(&key).unwrap().unwrap(),
        local().get_item(jkey).unwrap().unwrap(),
    );

    // Another tab that knows the same stored plan and journal folds them
    // (played here by this tab, its storage then put back as it was).
    storage::fold_journal(&plan).unwrap();
    let folded = local().get_item(&key).unwrap().unwrap();
    let marker = local()
        .get_item("plan-tracker/v1/folded/folded")
        .unwrap()
        .unwrap();
    assert!(local().get_item(jkey).unwrap().is_none());
    let id = plan.id.clone();
    let back = |plan_text: &str, journal_text: &str| {
        local().set_item(&key, plan_text).unwrap();
        local().set_item(jkey, journal_text).unwrap();
        assert!(storage::load_plan(&id).unwrap().is_ok());
    };
    back(&snapshot, &journal);
    local().set_item(&key, &folded).unwrap();
    local().remove_item(jkey).unwrap();
    // Nothing newer: the plan written whole is this tab's plan, taken as
    // its base without being read.
    assert_eq!(storage::changed_plan(&key, Some(&folded)), None);
    assert_eq!(storage::changed_plan(jkey, None), None);
    assert!(storage::newer_stored(&plan.id).is_none());
    // The next change is saved beside the folded plan, and reads back.
    let cmd = remove_task(&plan, 2);
    let change = changed(&mut plan, cmd);
    storage::save_changes(&plan, &[change]).unwrap();
    let next = Journal::from_text(&local().get_item(jkey).unwrap().unwrap()).unwrap();
    assert_eq!(next.base, fingerprint(&folded));
    assert!(storage::load_plan(&plan.id).unwrap().unwrap() == plan);

    // A note that cannot be read vouches for nothing: the plan is read.
    back(&snapshot, &journal);
    local().set_item(&key, &folded).unwrap();
    local()
        .set_item("plan-tracker/v1/folded/folded", "not a note")
        .unwrap();
    local().remove_item(jkey).unwrap();
    let read = storage::changed_plan(&key, Some(&folded));
    let fresh = packed_plan("folded").tasks.len();
    assert!(matches!(read, Some(Ok(p)) if p.tasks.len() == fresh - 1));

    // A tab that knew another journal (a change more) reads the folded plan.
    let mut other = packed_plan("folded");
    let cmd = remove_task(&other, 1);
    changed(&mut other, cmd);
    let cmd = remove_task(&other, 5);
    let second = changed(&mut other, cmd);
    let mut longer = Journal::from_text(&journal).unwrap();
    longer.changes.push(second);
    back(&snapshot, &longer.to_text());
    local().set_item(&key, &folded).unwrap();
    local()
        .set_item("plan-tracker/v1/folded/folded", &marker)
        .unwrap();
    local().remove_item(jkey).unwrap();
    let read = storage::changed_plan(&key, Some(&folded));
    assert!(matches!(read, Some(Ok(p)) if p.tasks.len() == other.tasks.len() + 1));
}

#[wasm_bindgen_test]
fn a_change_to_a_packed_plan_is_saved_beside_it_and_read_back_with_it() {
    local().clear().unwrap();
    let mut plan = packed_plan("journal");
    storage::save_plan(&plan).unwrap();
    let key = plan_key(&plan.id);
    let jkey = "plan-tracker/v1/journal/journal";
    let snapshot = local().get_item(&key).unwrap().unwrap();
    assert!(storage::journals(&plan.id) && !storage::has_journal(&plan.id));

    // The change alone is written, beside the stored plan.
    let cmd = remove_task(&plan, 1);
    let change = changed(&mut plan, cmd);
    assert!(storage::journal_takes(
        &plan.id,
        std::slice::from_ref(&change)
    ));
    let chars = storage::save_changes(&plan, &[change]).unwrap();
    assert!(chars < 5_000, "{chars} characters");
    assert_eq!(local().get_item(&key).unwrap().unwrap(), snapshot);
    let journal = local().get_item(jkey).unwrap().unwrap();
    assert_eq!(journal.encode_utf16().count(), chars);
    assert!(storage::has_journal(&plan.id));
    // Read back, when opened and at start-up: the plan with the change.
    assert!(storage::load_plan(&plan.id).unwrap().unwrap() == plan);
    let start = storage::load_start(Some(&plan.id));
    assert!(start.broken.is_empty());
    assert!(start.current.as_ref() == Some(&plan));
    // What this tab wrote is not news; the room the plan takes counts it.
    assert!(storage::changed_plan(jkey, Some(&journal)).is_none());
    assert!(storage::newer_stored(&plan.id).is_none());
    let usage = storage::usage();
    let (_, taken) = usage.plans.iter().find(|(k, _)| *k == key).unwrap();
    assert!(*taken >= snapshot.encode_utf16().count() + chars);

    // Another tab appends its change: seen as newer, once, with both.
    let mut theirs = plan.clone();
    let cmd = remove_task(&theirs, 2);
    let more = changed(&mut theirs, cmd);
    let mut stored = Journal::from_text(&journal).unwrap();
    stored.changes.push(more);
    local().set_item(jkey, &stored.to_text()).unwrap();
    let newer = storage::newer_stored(&plan.id).unwrap().unwrap();
    assert!(newer == theirs);
    assert!(storage::newer_stored(&plan.id).is_none());

    // Written whole (compacted): the journal goes.
    storage::save_plan(&theirs).unwrap();
    assert!(local().get_item(jkey).unwrap().is_none());
    assert!(!storage::has_journal(&theirs.id));
    let compacted = local().get_item(&key).unwrap().unwrap();
    assert!(storage::load_plan(&theirs.id).unwrap().unwrap() == theirs);

    // A journal left from before that snapshot is not replayed.
    local().set_item(jkey, &journal).unwrap();
    let start = storage::load_start(Some(&theirs.id));
    assert!(start.broken.is_empty());
    assert!(start.current.as_ref() == Some(&theirs));

    // One that follows it but cannot be read is reported and kept; the
    // plan opens as stored, and a whole save leaves the journal alone.
    let damaged = format!(
        "{{\"base\":{},\"changes\":[{{\"cmd\":1}}]}}",
        fingerprint(&compacted)
    );
    local().set_item(jkey, &damaged).unwrap();
    let start = storage::load_start(Some(&theirs.id));
    assert!(start.current.as_ref() == Some(&theirs));
    assert_eq!(start.broken.len(), 1);
    assert_eq!(start.broken[0].key, jkey);
    assert_eq!(start.broken[0].raw, damaged);
    // Said as itself, in the catalogs' words: not a file's wrong value.
    assert_eq!(start.broken[0].error, ImportError::Journal { change: None });
    storage::save_changes(&theirs, &[]).unwrap();
    assert_eq!(local().get_item(jkey).unwrap(), Some(damaged));
    storage::delete_key(jkey).unwrap();
    assert!(local().get_item(jkey).unwrap().is_none());

    // A plan replaced whole in memory (a file opened in its place) is next
    // written whole, even with a change made since: its changes do not
    // follow the plan stored before.
    storage::save_plan(&theirs).unwrap();
    let mut replacement = packed_plan("journal");
    replacement.title = "Opened from a file in place of the stored plan".into();
    storage::forget_journal(&replacement.id);
    let cmd = remove_task(&replacement, 3);
    let change = changed(&mut replacement, cmd);
    storage::save_changes(&replacement, &[change]).unwrap();
    assert!(local().get_item(jkey).unwrap().is_none());
    assert!(storage::load_plan(&replacement.id).unwrap().unwrap() == replacement);
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn undo_steps_are_kept_beside_the_plan_and_removed_when_they_can_no_longer_be_written() {
    local().clear().unwrap();
    let mut plan = sample_plan(Lang::En);
    storage::save_plan(&plan).unwrap();
    let mut session = plan_tracker::session::Session::default();
    let task = plan.tasks[0].id.clone();
    let cmd = Command::Remove {
        kind: Kind::Task,
        id: task,
    };
    let entry = describe(&plan, &cmd);
    let me = Author {
        name: "Li".into(),
        unit: "Office".into(),
    };
    session
        .apply(&mut plan, cmd, entry, &me, "2023-09-30T08:00:00Z")
        .unwrap();
    storage::save_plan(&plan).unwrap();
    let text = session.kept_text(&plan, plan_tracker::session::KEPT_BYTES);
    storage::save_session(&plan.id, &text);
    let kept = storage::load_session(&plan.id).expect("read back");
    assert_eq!(kept, session.kept(&plan));

    // The quota filled: the next steps cannot be written, and the ones kept
    // before (no longer the plan's) are removed rather than left stale.
    fill_quota();
    storage::save_session(&plan.id, &format!("{text:>8192}"));
    assert_eq!(storage::load_session(&plan.id), None);
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_stored_form_made_beforehand_is_written_by_the_next_whole_save_of_its_plan_only() {
    local().clear().unwrap();
    let plan = packed_plan("prepared-city");
    let mut renamed = plan.clone();
    renamed.title = "As the import preview packed it".into();
    let prepared = plan_tracker::format::packed::stored_form(&renamed);
    let key = plan_key(&plan.id);

    // The text made beforehand is written as it is, not packed again.
    storage::prepare_whole(&plan.id, prepared.clone());
    storage::save_plan(&plan).unwrap();
    assert_eq!(
        local().get_item(&key).unwrap().as_deref(),
        Some(&prepared[..])
    );
    assert_eq!(
        storage::load_plan(&plan.id).unwrap().unwrap().title,
        "As the import preview packed it"
    );

    // Taken by that save: the next one packs the plan it is given.
    storage::save_plan(&plan).unwrap();
    assert_eq!(storage::load_plan(&plan.id).unwrap().unwrap(), plan);

    // Made for another plan: not written for this one, and gone.
    storage::prepare_whole(&Id::new("another-plan"), prepared.clone());
    storage::save_plan(&plan).unwrap();
    assert_eq!(storage::load_plan(&plan.id).unwrap().unwrap(), plan);
    storage::save_plan(&renamed_as(&plan, "another-plan")).unwrap();
    assert_ne!(
        local()
            .get_item(&plan_key(&Id::new("another-plan")))
            .unwrap()
            .as_deref(),
        Some(&prepared[..])
    );

    // Dropped unused: not written by a later save.
    storage::prepare_whole(&plan.id, prepared.clone());
    storage::drop_prepared();
    storage::save_plan(&plan).unwrap();
    assert_eq!(storage::load_plan(&plan.id).unwrap().unwrap(), plan);
}

fn renamed_as(plan: &Plan, id: &str) -> Plan {
    let mut other = plan.clone();
    other.id = Id::new(id);
    other
}
