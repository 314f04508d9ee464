"""The Dask path: the same normaliser over partitions on a small local cluster equals core.load."""

from __future__ import annotations

import pandas as pd
import pytest

import core
from core.cli import main
from core.frames.engine import export_dataset
from tests.conftest import CORPUS, SEEDS

pytest.importorskip("dask.distributed")

INPUTS = [SEEDS, CORPUS]


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("dataset")
    # small partitions, so the seeds (also in the shared corpus) repeat across partitions
    parts = export_dataset(
        INPUTS, out, partition_size=4, cluster_options={"processes": False, "n_workers": 2, "threads_per_worker": 1}
    )
    assert parts >= 2
    return out


def test_dataset_frames_equal_the_single_process_result(dataset):
    expected = core.load(INPUTS, cache=False)
    got = core.read_dataset(dataset)
    for name, frame in expected.frames().items():
        pd.testing.assert_frame_equal(got.frames()[name], frame, obj=name)


def test_load_and_show_read_the_dataset(dataset, capsys):
    assert core.load(dataset).releases.release_id.tolist() == core.read_dataset(dataset).releases.release_id.tolist()
    assert main(["show", str(dataset)]) == 0
    assert "# " in capsys.readouterr().out


def test_dask_engine_refuses_csv(tmp_path):
    with pytest.raises(SystemExit):
        main(["export", str(SEEDS), "--out", str(tmp_path), "--engine", "dask", "--format", "csv"])


def test_a_folder_without_marker_is_not_a_dataset(tmp_path):
    with pytest.raises(FileNotFoundError):
        core.read_dataset(tmp_path)
