"""Configuration: the committed config loads; unknown keys and bad values fail naming them."""

from __future__ import annotations

import pytest
import yaml

from pipeline.config import DEFAULT_CONFIG, ConfigError, load_config


def _write(tmp_path, mutate):
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf8"))
    mutate(raw)
    path = tmp_path / "pipeline.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf8")
    return path


def test_config_default_loads_and_resolves_data_paths():
    config = load_config()
    assert config.stage_components("relations") == ["relation_extractor", "relation_scorer"]
    assert all(c.data is None or c.data.exists() for c in config.components)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda r: r["run"].update(batch_sise=3), "run.batch_sise"),
        (lambda r: r["run"].update(workers=0), "run.workers"),
        (lambda r: r["run"].update(torch_threads=0), "run.torch_threads"),
        (lambda r: r["run"].update(torch_threads="two"), "run.torch_threads"),
        (lambda r: r["model"].update(max_length="big"), "model.max_length"),
        (lambda r: r["components"][0].update(stage="parse"), "components.0.stage"),
        (lambda r: r.update(extra_section={}), "extra_section"),
        (lambda r: r["components"].append(dict(r["components"][0])), "unique"),
    ],
)
def test_config_rejects_bad_keys_and_values_naming_them(tmp_path, mutate, expected):
    with pytest.raises(ConfigError, match=expected.replace(".", r"\.")):
        load_config(_write(tmp_path, mutate))


def test_config_run_overrides_replace_run_keys():
    assert load_config(workers=3, batch_size=None).run.workers == 3


def test_config_missing_file_says_which(tmp_path):
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "absent.yaml")


def test_config_encoder_profile_is_the_default_with_only_the_scorer_model_changed():
    """The encoder profile copies the default pipeline (configs/profiles/encoder.yaml): a component added or changed
    in configs/pipeline.yaml must reach it too, or the profile's rows drift from the default's beyond the encoder's."""
    default = load_config()
    profile = load_config(DEFAULT_CONFIG.parent / "profiles" / "encoder.yaml")
    assert profile.model == default.model
    # the profile's own run settings: 2 workers of 1 torch thread each (measured, round 22)
    assert profile.run.model_copy(update={"torch_threads": None, "workers": 1}) == default.run
    changed = [(d.name, d.data.name, p.data.name) for d, p in zip(default.components, profile.components) if d != p]
    assert [c.name for c in profile.components] == [c.name for c in default.components]
    assert changed == [("relation_scorer", "learned.yaml", "encoder.yaml")]


def test_config_torch_threads_is_read_from_the_encoder_profile_and_validated():
    """run.torch_threads (torch's threads per process, pipeline.worker.set_torch_threads): the encoder profile sets
    the measured best (docs/relations.md, "Cost of the encoder profile"); the default pipeline leaves torch alone; a
    bad value or override stops the load naming the key."""
    assert load_config().run.torch_threads is None
    profile = load_config(DEFAULT_CONFIG.parent / "profiles" / "encoder.yaml").run
    assert (profile.torch_threads, profile.workers) == (1, 2)
    assert load_config(torch_threads=2).run.torch_threads == 2  # --torch-threads
    with pytest.raises(ConfigError, match=r"run\.torch_threads: Input should be greater than 0"):
        load_config(torch_threads=-1)
