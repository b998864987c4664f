"""Time search in Chinese notes on a database of the L size.

    python -m benchmarks.search_cjk [--queries 30] [--json]

The database is benchmarks/data/search-cjk-L.sptdb, built once (about a minute) from a copy of
the L database (see benchmarks.stats_speed) whose interview notes, finding texts and
recommendation texts are rewritten in Chinese with plain SQL: the triggers index them as they
index any write. The notes are made like the English ones (benchmarks/vocabulary.py): filler
sentences around one topic sentence out of 30, so 过度拥挤 ("overcrowding") is in about 1 note in
30; 疥疮 ("scabies") is added to about 1 note in 1,000; 警察 ("police") is in many filler
sentences, and its characters are among the commonest.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from statistics import median
from typing import Any

import sqlalchemy as sa

from benchmarks import generate
from benchmarks.measure import search_word
from benchmarks.stats_speed import l_database
from benchmarks.timing import DATA_DIR
from benchmarks.vocabulary import RARE_SHARE
from spt_field.db.session import open_database

DATABASE = DATA_DIR / "search-cjk-L.sptdb"
WORDS = ("过度拥挤", "疥疮", "警察")

_TOPICS = (
    "牢房过度拥挤：{n}人挤在一间为四人设计的牢房里。",
    "牢房没有通风，下午空气十分沉闷。",
    "卫生条件很差，厕所与睡觉的地方没有隔开。",
    "整个宿舍只有{n}张床垫。",
    "食物每天供应两次，都是冷的，而且分量很少。",
    "每天只有{n}个小时有饮用水。",
    "入所时处方药物被停用，没有任何解释。",
    "一名咳嗽了几个星期的同室者从未接受结核病检查。",
    "第一天晚上手铐一直戴了{n}个小时。",
    "作为纪律处分，隔离持续了{n}天。",
    "第一次讯问时没有律师在场。",
    "宣读指控时没有提供翻译。",
    "一份书面投诉{n}个星期都没有得到答复。",
    "逮捕后{n}天都没有通知亲属。",
    "每周打电话的时间限制为{n}分钟。",
    "每天的户外活动不到一个小时。",
    "没有为年轻被拘留者提供教育课程。",
    "只有少数被拘留者有带薪工作。",
    "设立礼拜场所的请求被拒绝。",
    "外国人在分配劳动时受到歧视。",
    "工作人员为包裹和探视索要贿赂。",
    "看守在搜查时使用侮辱性的语言。",
    "每次从法院回来都要求完全脱衣。",
    "使用机械约束时没有医务监督。",
    "伤疤显示多次自残，但从未报告。",
    "毒品在监区流通，管理人员知情。",
    "暖气坏了，毯子很薄。",
    "每天晚上牢房里都能看到害虫。",
    "转移都在夜间进行，没有通知家属。",
    "他已经绝食{n}天以示抗议。",
)
_RARE = ("几名被拘留者有疥疮的症状，没有得到治疗。", "护士证实上个月监区暴发了疥疮。")
_SUBJECTS = ("受访者", "他", "她", "这个人", "这群人", "说话人")
_VERBS = ("描述了", "提到了", "谈到了", "解释了", "讲述了", "提出了")
_OBJECTS = ("每天的作息", "去院子的机会", "牢房的光线", "探视的时间", "警察的态度", "审讯的过程")
_WHERE = ("在A区", "在B区", "在入所区", "在二楼", "在女子监区", "在警察局", "在押送途中")


def _filler(rng: random.Random) -> str:
    return "".join(rng.choice(words) for words in (_SUBJECTS, _WHERE, _VERBS, _OBJECTS)) + "。"


def _topic(rng: random.Random) -> str:
    return rng.choice(_TOPICS).format(n=rng.randint(2, 12))


def chinese_notes(rng: random.Random) -> str:
    """Two to four filler sentences around one topic sentence, rarely a rare one: no spaces."""
    sentences = [_filler(rng) for _ in range(rng.randint(2, 4))]
    sentences.insert(rng.randint(0, len(sentences)), _topic(rng))
    if rng.random() < RARE_SHARE:
        sentences.append(rng.choice(_RARE))
    return "".join(sentences)


def _rewrite(connection: sa.Connection, table: str, column: str, rng: random.Random) -> None:
    ids = connection.exec_driver_sql(f"SELECT id FROM {table} ORDER BY id").scalars().all()
    connection.execute(
        sa.text(f"UPDATE {table} SET {column} = :text WHERE id = :id"),
        [{"id": id, "text": chinese_notes(rng)} for id in ids],
    )


def chinese_database() -> Path:
    """The L database with its texts in Chinese, built once."""
    if DATABASE.exists():
        return DATABASE
    print(f"building {DATABASE.name} ...", file=sys.stderr, flush=True)
    partial = DATABASE.with_name(DATABASE.name + ".partial")
    shutil.copyfile(l_database(), partial)
    database = open_database(partial, generate.passphrase())
    rng = random.Random(2019)
    try:
        with database.engine.begin() as connection:
            for table, column in (
                ("interview", "notes"),
                ("finding", "text"),
                ("recommendation", "text"),
            ):
                _rewrite(connection, table, column, rng)
            # Merged as migration 0006 leaves the index of the English L, so both are timed alike.
            for search in ("interview_search", "finding_search", "recommendation_search"):
                connection.exec_driver_sql(f"INSERT INTO {search} ({search}) VALUES ('optimize')")
    finally:
        database.close()
    partial.replace(DATABASE)
    return DATABASE


def measure(queries: int) -> dict[str, Any]:
    path = chinese_database()
    results = {word: search_word(path, generate.passphrase(), word, queries) for word in WORDS}
    return {
        word: {
            "notes": found["notes"],
            "hits": found["hits"],
            "wall_ms": median(found["wall"]) * 1000,
            "cpu_ms": median(found["cpu"]) * 1000,
        }
        for word, found in results.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--queries", type=int, default=30, help="searches per word")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    results = measure(max(args.queries, 1))
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    for word, figures in results.items():
        print(
            f"search {word}: {figures['notes']:,} matching notes, median "
            f"{figures['wall_ms']:.1f} ms wall / {figures['cpu_ms']:.1f} ms CPU"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
