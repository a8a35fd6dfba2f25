//! Room in local storage (`storage_room`): the arithmetic, and the figures
//! as the Plans view and the storage warning word them.

use plan_tracker::i18n::storage_text::{en_chars, zh_chars};
use plan_tracker::i18n::Lang;
use plan_tracker::storage_room::{NoRoom, StorageRoom};

const QUOTA: usize = 5 * 1024 * 1024; // 5 242 880

#[test]
fn free_and_percent_used() {
    let r = StorageRoom::new(2_300_000, QUOTA);
    assert_eq!(r.free(), 2_942_880);
    // 2 300 000 / 5 242 880 = 43.87 %
    assert_eq!(r.percent_used(), 44);
    assert_eq!(StorageRoom::new(0, QUOTA).percent_used(), 0);
    assert_eq!(StorageRoom::new(QUOTA, QUOTA).free(), 0);
    // More used than the estimate: nothing free, 100 %.
    let over = StorageRoom::new(QUOTA + 10, QUOTA);
    assert_eq!((over.free(), over.percent_used()), (0, 100));
}

#[test]
fn a_text_fits_in_the_room_left_plus_what_it_replaces() {
    // 5 000 000 used, 242 880 free; the plan holds 1 000 000 of them.
    let r = StorageRoom::new(5_000_000, QUOTA);
    assert_eq!(r.check(1_242_880, 1_000_000), Ok(()));
    assert_eq!(
        r.check(1_242_881, 1_000_000),
        Err(NoRoom {
            needed: 1_242_881,
            free: 1_242_880
        })
    );
    // A new key has only the room left.
    assert_eq!(
        r.check(300_000, 0),
        Err(NoRoom {
            needed: 300_000,
            free: 242_880
        })
    );
    // A text no longer than the one it replaces always fits, even over quota.
    let over = StorageRoom::new(QUOTA + 500, QUOTA);
    assert_eq!(over.check(1_000, 1_000), Ok(()));
}

#[test]
fn characters_in_human_units() {
    assert_eq!(en_chars(950), "950 characters");
    assert_eq!(en_chars(6_150), "6.2 K characters");
    assert_eq!(en_chars(61_234), "61 K characters");
    assert_eq!(en_chars(999_499), "999 K characters");
    assert_eq!(en_chars(999_500), "1.0 M characters");
    assert_eq!(en_chars(2_300_000), "2.3 M characters");
    assert_eq!(en_chars(QUOTA), "5.2 M characters");
    assert_eq!(zh_chars(950), "950 字符");
    assert_eq!(zh_chars(61_234), "6.1 万字符");
    assert_eq!(zh_chars(2_411_724), "241 万字符");
    assert_eq!(zh_chars(QUOTA), "524 万字符");
}

#[test]
fn the_room_and_the_warning_give_the_figures_in_both_languages() {
    let r = StorageRoom::new(2_300_000, QUOTA);
    assert_eq!(
        (Lang::En.catalog().storage.room_summary)(&r),
        "2.3 M characters used of about 5.2 M characters (44%); 2.9 M characters free."
    );
    assert_eq!(
        (Lang::Zh.catalog().storage.room_summary)(&r),
        "已用 230 万字符，占可用空间（约 524 万字符）的 44%；尚余 294 万字符。"
    );
    let en = (Lang::En.catalog().storage.no_room_detail)(6_100_000, 2_900_000);
    assert!(
        en.starts_with(
            "This plan needs 6.1 M characters; 2.9 M characters are free (3.2 M characters short)."
        ),
        "{en}"
    );
    let zh = (Lang::Zh.catalog().storage.no_room_detail)(6_100_000, 2_900_000);
    assert!(
        zh.starts_with("这份规划需要 610 万字符，可用空间只有 290 万字符（还差 320 万字符）。"),
        "{zh}"
    );
}
