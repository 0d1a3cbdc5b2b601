"""docs/split-or-transpose.md: the split is W.T @ diag(1/s) @ e; W.T @ e drops 1/s."""

import numpy as np
import pytest

from pages import run, variables


def test_worked_example_split_is_the_transpose_over_equal_sums():
    v = variables("snippets/split_or_transpose.py")
    assert np.allclose(v["s"], [5, 5])
    assert np.allclose(v["e_split"], [0.42, 0.88])
    assert np.allclose(v["transposed"], v["s"][0] * v["e_split"])


def test_the_split_conserves_the_total_error_and_the_transpose_does_not():
    v = variables("snippets/split_or_transpose.py")
    assert v["e_split"].sum() == pytest.approx(v["e_output"].sum())
    assert v["transposed"].sum() == pytest.approx((v["s"] * v["e_output"]).sum())
    assert v["transposed"].sum() != pytest.approx(v["e_output"].sum())


def test_unequal_sums_change_the_ratio_and_then_the_order():
    v = variables("snippets/split_or_transpose_unequal.py")
    ratios = {}
    for case, W in v["cases"].items():
        e_split = W.T @ np.diag(1 / W.sum(axis=1)) @ v["e_output"]
        transposed = W.T @ v["e_output"]
        assert e_split.sum() == pytest.approx(v["e_output"].sum())
        ratios[case] = (e_split[1] / e_split[0], transposed[1] / transposed[0])
    split_ratio, transpose_ratio = ratios["w22 = 9"]
    assert split_ratio != pytest.approx(transpose_ratio)
    split_ratio, transpose_ratio = ratios["w11 = 6"]
    assert split_ratio > 1 > transpose_ratio  # hidden node 2 first, then hidden node 1


def test_cases_change_one_weight_of_the_worked_example():
    worked = variables("snippets/split_or_transpose.py")["W_ho"]
    for case, W in variables("snippets/split_or_transpose_unequal.py")["cases"].items():
        changed = np.argwhere(worked != W)
        assert len(changed) == 1
        k, j = changed[0]
        assert case == f"w{j + 1}{k + 1} = {W[k, j]:g}"


def test_small_weight_sums_make_the_split_explode_but_not_the_transpose():
    v = variables("snippets/split_or_transpose_mixed.py")
    split_sizes, transpose_sizes = [], []
    for w22 in v["sweep"][:-1]:
        W = np.array([[0.3, 0.5], [0.5, w22]])
        split_sizes.append(np.abs(v["split"](W, v["e_output"])).max())
        transpose_sizes.append(np.abs(W.T @ v["e_output"]).max())
    assert split_sizes == sorted(split_sizes) and split_sizes[-1] > 50 * split_sizes[0]
    assert max(transpose_sizes) < v["e_output"].sum()


def test_random_weights_give_a_small_sum_and_a_large_split():
    v = variables("snippets/split_or_transpose_mixed.py")
    W, e_output = v["W_random"], v["e_random"]
    assert np.abs(v["s_random"]).min() < 0.01
    assert np.abs(v["split"](W, e_output)).max() > 10 * np.abs(e_output).max()
    # |(W.T @ e)_j| <= sum_k |w_jk| |e_k|: no division, so no blow-up.
    assert np.all(np.abs(W.T @ e_output) <= np.abs(W).T @ np.abs(e_output))
    assert np.abs(W.T @ e_output).max() < 2 * np.abs(e_output).max()


@pytest.mark.parametrize(("W", "e_output", "message"), [
    ([[0.3, 0.5], [0.5, -0.5]], [0.8, 0.5],
     "split: s_2 = 0 (the weights into output 2 sum to zero)"),
    ([[0.3, 0.5], [0.5, 0.1]], [0.8, float("nan")], "split: W and e_output must be finite"),
    ([[0.3, float("inf")], [0.5, 0.1]], [0.8, 0.5], "split: W and e_output must be finite"),
])
def test_the_split_refuses_what_it_cannot_share(W, e_output, message):
    split = variables("snippets/split_or_transpose_mixed.py")["split"]
    with pytest.raises(ValueError) as refusal:
        split(W, e_output)
    assert str(refusal.value) == message


def test_the_refusal_is_printed_and_the_snippet_still_runs_cleanly():
    output = run("snippets/split_or_transpose_mixed.py")  # run() fails on a non-zero exit or stderr
    assert "ValueError: split: s_2 = 0" in output
