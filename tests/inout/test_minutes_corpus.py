"""The corpus of real minutes: what it holds, and the reader's figures on the part it was developed on."""
from __future__ import annotations

import tomllib

from tests.inout import minutes_corpus
from tests.inout.minutes_corpus import CORPUS, batch_files, cross_validate, load_corpus, score_corpus

HELD_OUT = ("darlington", "leicester", "leics", "melton", "cheshireeast", "cheshire east", "haringey", "epsom")


def test_the_corpus_is_real_minutes_of_many_councils_with_sources():
    corpus = load_corpus()
    assert len(corpus) >= 25 and len({m.council for m in corpus}) >= 10
    assert {p.name for p in CORPUS.glob("*.txt")} == {m.name for m in corpus}  # every file labelled, no label orphaned
    for minutes in corpus:
        assert minutes.url.startswith("http") and minutes.split in {"develop", "measured", "seen"}
        assert minutes.text().strip()


def test_the_held_out_councils_are_not_in_the_corpus():
    for minutes in load_corpus():
        where = f"{minutes.council} {minutes.url} {minutes.name}".lower().replace("-", "")
        assert not any(name.replace("-", "") in where for name in HELD_OUT), minutes.name


def test_batch_six_was_measured_and_batch_seven_is_split_by_its_stated_rule():
    # the files once measured were read in round 15 and are "seen" since, counted in neither split
    labels = tomllib.loads((CORPUS / "labels.toml").read_text(encoding="utf-8"))
    splits = [f["split"] for f in labels["file"]]
    assert splits[:62] == ["develop"] * 62 and splits[62:71] == ["seen"] * 9
    batch7 = sorted(labels["file"][71:], key=lambda f: f["name"])
    assert len(batch7) >= 16 and len({f["council"] for f in batch7}) >= 9
    # sorted by name and numbered from 1: a number leaving 0 or 2 on division by 5 was measured (now seen)
    assert [f["split"] for f in batch7] == ["seen" if n % 5 in (0, 2) else "develop"
                                            for n in range(1, len(batch7) + 1)]
    earlier = {f["council"] for f in labels["file"][:71]}
    assert not earlier & {f["council"] for f in batch7}  # councils new to the corpus


def test_batch_eight_is_develop_and_from_councils_new_to_the_corpus():
    earlier = tomllib.loads((CORPUS / "labels.toml").read_text(encoding="utf-8"))["file"]
    batch8 = tomllib.loads((CORPUS / "labels_batch8.toml").read_text(encoding="utf-8"))["file"]
    assert len(batch8) >= 12 and len({f["council"] for f in batch8}) >= 8
    assert {f["split"] for f in batch8} == {"develop"}  # measured only until the seventh round, then moved
    assert not {f["council"] for f in earlier} & {f["council"] for f in batch8}


def test_batch_nine_is_develop_and_from_councils_new_to_the_corpus():
    earlier = [f for name in ("labels.toml", "labels_batch8.toml")
               for f in tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["file"]]
    batch9 = tomllib.loads((CORPUS / "labels_batch9.toml").read_text(encoding="utf-8"))["file"]
    assert len(batch9) >= 12 and len({f["council"] for f in batch9}) >= 8
    assert {f["split"] for f in batch9} == {"develop"}
    assert not {f["council"] for f in earlier} & {f["council"] for f in batch9}


def test_batch_ten_is_develop():
    batch10 = tomllib.loads((CORPUS / "labels_batch10.toml").read_text(encoding="utf-8"))["file"]
    assert len(batch10) >= 30 and {f["split"] for f in batch10} == {"develop"}  # moved in the seventh round


def test_measured_councils_are_never_in_develop():
    # A council the reader was developed on measures nothing about councils never seen. The one exception is batch 7,
    # split file by file by its stated rule (tested above): a council with files on both sides is one of its own.
    corpus = load_corpus()
    batch7 = {f["name"] for f in tomllib.loads((CORPUS / "labels.toml").read_text(encoding="utf-8"))["file"][71:]}
    develop = {m.council for m in corpus if m.split == "develop"}
    measured = [m for m in corpus if m.split == "measured"]
    assert measured
    for minutes in measured:
        if minutes.council in develop:
            assert all(m.name in batch7 for m in corpus if m.council == minutes.council), minutes.name


def test_the_develop_part_does_not_fall_below_its_recorded_figures_by_cross_validation(monkeypatch):
    # Each fold is read by a clause model trained on the other four, with all of a council's files in one fold, so no
    # council is read by a model that saw it. The figures guarded are the seventh round's, with batches 8 and 10 in
    # develop (bench/README.md: 0.87 / 0.87 / 0.95), less a matter or two; the rules were written on most of these
    # files, so they flatter the reader on councils never seen (the measured split, and the seventh round's files it
    # did not read, say by how much): this guards against falling back, it does not show the targets met.
    # Batch 12 (develop, added later) is left out here so that these figures guard the files they were recorded on;
    # the develop part with it has its own guard below.
    # Since batch 12 joined the clause model's training, its threshold is 0.65 (the seeds' precision needs it): on these
    # files 0.75 / 0.97 / 0.95 (120 of 124 proposals match 160 expected), recall traded for precision.
    monkeypatch.setattr(minutes_corpus, "LABEL_FILES", minutes_corpus.LABEL_FILES[:5])
    result = cross_validate(by_council=True)["rules+model"]
    assert result["recall"] >= 0.74 and result["precision"] >= 0.95, result
    assert result["lead_right"] >= 0.93, result


def test_batch_eleven_was_all_measured_and_from_councils_new_to_the_corpus():
    earlier = [f for name in ("labels.toml", "labels_batch8.toml", "labels_batch9.toml", "labels_batch10.toml")
               for f in tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["file"]]
    batch11 = tomllib.loads((CORPUS / "labels_batch11.toml").read_text(encoding="utf-8"))["file"]
    assert len(batch11) >= 30 and len({f["council"] for f in batch11}) >= 18
    assert {f["split"] for f in batch11} == {"seen"}  # measured only until round 15 read it; never in develop
    assert not {f["council"] for f in earlier} & {f["council"] for f in batch11}


def test_batch_twelve_is_develop_and_from_councils_new_to_the_corpus():
    earlier = [f for name in minutes_corpus.LABEL_FILES[:5]
               for f in tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["file"]]
    assert minutes_corpus.LABEL_FILES[5] == "labels_batch12.toml"
    batch12 = tomllib.loads((CORPUS / "labels_batch12.toml").read_text(encoding="utf-8"))["file"]
    assert len(batch12) >= 30 and len({f["council"] for f in batch12}) >= 18
    assert {f["split"] for f in batch12} == {"develop"}
    assert not {f["council"] for f in earlier} & {f["council"] for f in batch12}
    assert sum(not m.get("optional") for f in batch12 for m in f.get("matter", [])) >= 20  # not all empty files


def test_the_develop_part_with_batch_twelve_does_not_fall_below_its_first_figures_by_cross_validation(monkeypatch):
    # Council folds as above, over every develop file with batch 12 (labelled blind, first read by the reader after
    # its labels were committed): 0.82 / 0.82 / 0.94 on its first run, less a matter or two. Batch 12 is harder than
    # the files the rules were written on, which is why it is there. With the eighth round's reader, batch 12 in the
    # model's training and its threshold at 0.65: 0.71 / 0.94 / 0.94 (131 of 140 proposals match 184 expected).
    # Batch 13 (develop, added later) is left out here so that these figures guard the files they were recorded on.
    monkeypatch.setattr(minutes_corpus, "LABEL_FILES", minutes_corpus.LABEL_FILES[:6])
    result = cross_validate(by_council=True)["rules+model"]
    assert result["recall"] >= 0.70 and result["precision"] >= 0.92, result
    assert result["lead_right"] >= 0.92, result


def test_batch_thirteen_is_develop_and_from_councils_new_to_the_corpus():
    earlier = [f for name in minutes_corpus.LABEL_FILES[:6]
               for f in tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["file"]]
    assert minutes_corpus.LABEL_FILES[6] == "labels_batch13.toml"
    batch13 = tomllib.loads((CORPUS / "labels_batch13.toml").read_text(encoding="utf-8"))["file"]
    assert len(batch13) >= 30 and len({f["council"] for f in batch13}) >= 20
    assert {f["split"] for f in batch13} == {"develop"}
    assert not {f["council"] for f in earlier} & {f["council"] for f in batch13}
    assert sum(not m.get("optional") for f in batch13 for m in f.get("matter", [])) >= 20  # not all empty files
    assert sum(not any(not m.get("optional") for m in f.get("matter", [])) for f in batch13) >= 5  # and some are


def test_the_develop_part_with_batch_thirteen_does_not_fall_below_its_first_figures_by_cross_validation(monkeypatch):
    # Council folds over every develop file with batch 13 (labelled blind, first read by the reader after its labels
    # were committed; bench/README.md): 0.72 / 0.91 / 0.92 (149 of 164 proposals match 208 expected), less a matter or
    # two. On batch 13's own files the shipped model, never trained on them, found 11 of 24 (precision 0.61).
    # Batch 14 (develop, added later) is left out here so that these figures guard the files they were recorded on.
    monkeypatch.setattr(minutes_corpus, "LABEL_FILES", _up_to("labels_batch13.toml"))
    result = cross_validate(by_council=True)["rules+model"]
    assert result["recall"] >= 0.70 and result["precision"] >= 0.89, result
    assert result["lead_right"] >= 0.91, result


def _up_to(labels_file: str) -> tuple[str, ...]:
    """The labels files read up to and including `labels_file`, whatever order later batches were added in."""
    return minutes_corpus.LABEL_FILES[:minutes_corpus.LABEL_FILES.index(labels_file) + 1]


def _named_a_to_m(council: str) -> bool:
    for prefix in ("London Borough of ", "City of ", "Royal Borough of "):
        council = council.removeprefix(prefix)
    return "A" <= council[:1].upper() <= "M"


def test_batch_fourteen_is_develop_and_from_councils_new_to_the_corpus():
    earlier = [f for name in _up_to("labels_batch13.toml")
               for f in tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["file"]]
    batch14 = tomllib.loads((CORPUS / "labels_batch14.toml").read_text(encoding="utf-8"))["file"]
    assert len(batch14) >= 30 and len({f["council"] for f in batch14}) >= 20
    assert {f["split"] for f in batch14} == {"develop"}
    assert not {f["council"] for f in earlier} & {f["council"] for f in batch14}
    assert all(_named_a_to_m(f["council"]) for f in batch14)  # a parallel batch took the councils named N-Z
    assert sum(not m.get("optional") for f in batch14 for m in f.get("matter", [])) >= 10  # not all empty files
    assert sum(not any(not m.get("optional") for m in f.get("matter", [])) for f in batch14) >= 5  # and some are


def test_the_develop_part_with_batch_fourteen_does_not_fall_below_its_first_figures_by_cross_validation(monkeypatch):
    # Council folds over every develop file with batch 14 (labelled blind, first read by the reader after its labels
    # were committed; bench/README.md): 0.72 / 0.87 / 0.92 (159 of 183 proposals match 220 expected), less a matter or
    # two; without batch 14, 0.73 / 0.92 / 0.92 (152 of 165 of 208). On batch 14's own files the shipped model, never
    # trained on them, found 6 of 12 with 12 wrong proposals (precision 0.33): most of its files hold no matter.
    monkeypatch.setattr(minutes_corpus, "LABEL_FILES", _up_to("labels_batch14.toml"))
    result = cross_validate(by_council=True)["rules+model"]
    assert result["recall"] >= 0.70 and result["precision"] >= 0.85, result
    assert result["lead_right"] >= 0.91, result


def test_batch_fifteen_was_all_measured_and_from_councils_new_to_the_corpus():
    # The second measured-only batch (labelled blind; its first-run totals are in bench/README.md): councils named N-Z
    # that no other labels file holds, so the measured split grows only with councils the reader was never built on.
    assert "labels_batch15.toml" in minutes_corpus.LABEL_FILES
    others = [f for name in minutes_corpus.LABEL_FILES if name != "labels_batch15.toml"
              for f in tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["file"]]
    batch15 = tomllib.loads((CORPUS / "labels_batch15.toml").read_text(encoding="utf-8"))["file"]
    assert len(batch15) >= 25 and len({f["council"] for f in batch15}) >= 18
    assert {f["split"] for f in batch15} == {"seen"}  # measured only until round 15 read it; never in develop
    assert not {f["council"] for f in others} & {f["council"] for f in batch15}
    assert all("N" <= f["council"][:1].upper() <= "Z" for f in batch15)
    assert sum(not m.get("optional") for f in batch15 for m in f.get("matter", [])) >= 40  # not all empty files
    assert sum(not any(not m.get("optional") for m in f.get("matter", [])) for f in batch15) >= 5  # and some are


def test_batch_sixteen_is_develop_rich_in_matters_and_from_councils_new_to_the_corpus():
    # Chosen rich (batch 14 was sparse): action notes, an action tracker, matters arising, work programme requests.
    others = [f for name in minutes_corpus.LABEL_FILES if name != "labels_batch16.toml"
              for f in tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["file"]]
    batch16 = tomllib.loads((CORPUS / "labels_batch16.toml").read_text(encoding="utf-8"))["file"]
    assert len(batch16) >= 40 and len({f["council"] for f in batch16}) >= 20
    assert {f["split"] for f in batch16} == {"develop"}
    assert not {f["council"] for f in others} & {f["council"] for f in batch16}
    assert sum(not m.get("optional") for f in batch16 for m in f.get("matter", [])) >= 50
    assert sum(not any(not m.get("optional") for m in f.get("matter", [])) for f in batch16) >= 10  # some empty


def test_the_develop_part_with_batch_sixteen_does_not_fall_below_its_first_figures(monkeypatch):
    # Council folds over every develop file with batch 16 (labelled blind, first read by the reader after its labels
    # were committed; bench/README.md): 0.67 / 0.80 / 0.91 (180 of 225 proposals match 270 expected), less a matter
    # or two; without batch 16, 0.72 / 0.87 / 0.92 (159 of 183 of 220). On batch 16's own files the shipped model,
    # before it was retrained with them, found 21 of 50 with 20 wrong proposals (0.42 / 0.51 / 0.81); retraining
    # left every figure as it was.
    monkeypatch.setattr(minutes_corpus, "LABEL_FILES", _up_to("labels_batch16.toml"))
    result = cross_validate(by_council=True)["rules+model"]
    assert result["recall"] >= 0.65 and result["precision"] >= 0.78, result
    assert result["lead_right"] >= 0.90, result
    alone = score_corpus("develop", names=batch_files("labels_batch16.toml"))
    # with round 10 merged: 23 of 43 proposals match, 17 leads right (the same 17 leads as before, of more matches)
    assert alone["matched"] >= 20 and alone["precision"] >= 0.48 and alone["lead"] >= 16, alone


def test_batches_seventeen_to_nineteen_are_the_measured_split_from_councils_new_to_the_corpus():
    # Labelled blind by helpers after round 15 read the old measured split (now "seen"): A-L and M-Z (seventeenth
    # session), then any name (nineteenth session); bodies no other labels file holds, and every measured file is theirs.
    names = {n: f"labels_batch{n}.toml" for n in (17, 18, 19)}
    batches = {n: tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["file"] for n, name in names.items()}
    others = [f for name in minutes_corpus.LABEL_FILES if name not in names.values()
              for f in tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["file"]]
    for n, (first, last) in ((17, ("A", "L")), (18, ("M", "Z")), (19, ("A", "Z"))):
        assert len(batches[n]) >= 30 and len({f["council"] for f in batches[n]}) >= 14
        assert {f["split"] for f in batches[n]} == {"measured"}  # never tuned on
        assert not {f["council"] for f in others} & {f["council"] for f in batches[n]}
        assert all(first <= f["council"][:1].upper() <= last for f in batches[n])
    assert not {f["council"] for f in batches[19]} & {f["council"] for n in (17, 18) for f in batches[n]}
    assert {m.name for m in load_corpus() if m.split == "measured"} == {f["name"] for b in batches.values() for f in b}
