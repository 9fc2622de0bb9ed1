#!/usr/bin/env python3
"""Non-additive challenger for the default Leefbaar release: gradient-boosted trees per dimension,
validated leave-one-province-out exactly like `leefbaar fit`, on the same inputs.

Usage (Debian: apt-get install python3-sklearn python3-pandas python3-scipy):
  ./leefbaar fit --no-score --features-out out/features.csv --cv-out out/cv.csv
  python3 bench/model-challenger/gbm_challenger.py out/features.csv out/cv.csv

Prints Spearman rho of the challenger, of the additive release (its cross-validated predictions from --cv-out)
and of their average, overall and per held-out province. Outcomes (WOZ, income, health) and keys are excluded,
as in the default release.
"""
import sys
import numpy as np
import pandas as pd
from scipy.stats import spearmanr
from sklearn.ensemble import HistGradientBoostingRegressor

DIMS = ["won", "fys", "vrz", "soc", "onv"]
NOT_INPUTS = ("woz_mean", "income_per_inhabitant", "health_good_pct", "main_pc4")
NOT_INPUT_PREFIXES = ("burglary", "inkomen", "vermogen", "population_")


def main(features_csv, cv_csv):
    features = pd.read_csv(features_csv)
    cv = pd.read_csv(cv_csv)
    data = cv.merge(features, on="code")
    columns = [c for c in features.columns
               if c not in ("code", "gemeente", "provincie") + NOT_INPUTS and not c.startswith(NOT_INPUT_PREFIXES)]
    x = data[columns].select_dtypes("number")
    predicted = np.zeros((len(data), len(DIMS)))
    for province in sorted(data.province.unique()):
        train = data.province != province
        for k, dim in enumerate(DIMS):
            model = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, max_leaf_nodes=31, min_samples_leaf=30, random_state=1)
            model.fit(x[train], data.loc[train, dim])
            predicted[~train, k] = model.predict(x[~train])
    afw = data[DIMS].sum(axis=1)
    challenger = predicted.sum(axis=1)
    additive = data[[d + "_pred" for d in DIMS]].sum(axis=1)
    print("part,held_out,rho_challenger,rho_additive,rho_average")
    for k, dim in enumerate(DIMS):
        print(f"{dim},all,{spearmanr(data[dim], predicted[:, k])[0]:.3f},{spearmanr(data[dim], data[dim + '_pred'])[0]:.3f},"
              f"{spearmanr(data[dim], (predicted[:, k] + data[dim + '_pred']) / 2)[0]:.3f}")
    for province in ["all"] + sorted(data.province.unique()):
        rows = np.ones(len(data), bool) if province == "all" else (data.province == province).values
        print(f"afw,{province},{spearmanr(afw[rows], challenger[rows])[0]:.3f},{spearmanr(afw[rows], additive[rows])[0]:.3f},"
              f"{spearmanr(afw[rows], (challenger[rows] + additive[rows]) / 2)[0]:.3f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
