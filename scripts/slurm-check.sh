#!/usr/bin/env bash
# The Slurm recovery of docs/CLUSTER.md on a real Slurm (issue 25): installs
# Debian's slurm-wlm and munge when missing, starts a one-node cluster on this
# machine, submits the page's sweep.sbatch as an array job (replications cut
# from 500 to 1 and one year, so that it takes a minute), damages one task's
# shard as a failed task would leave it, resubmits that index alone as the
# page says (sbatch --array=3), runs the page's merge.sbatch, and compares the
# merged file with the same sweep run unsharded. Exit 0 when they are
# identical. Where Slurm cannot be installed or started (no root, no apt-get,
# no way to run the daemons), it says so and exits 0: a skip, not a pass.
#
# Usage: bash scripts/slurm-check.sh    (run by .ci/run)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
skip() {
  echo "slurm-check: skipped: $*"
  exit 0
}

if ! command -v sbatch >/dev/null 2>&1 || ! command -v slurmctld >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || skip "Slurm is not installed and this is not root"
  command -v apt-get >/dev/null 2>&1 || skip "Slurm is not installed and there is no apt-get"
  echo "slurm-check: installing slurm-wlm and munge"
  apt-get update -qq || skip "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null || skip "apt-get install slurm-wlm munge failed"
fi
[ "$(id -u)" -eq 0 ] || skip "starting the Slurm daemons needs root"

WORK="$(mktemp -d /tmp/icsim-slurm-XXXXXX)"
CONF="$WORK/etc"
mkdir -p "$CONF" "$WORK/spool/ctld" "$WORK/spool/d" "$WORK/log" "$WORK/run"
CPUS="$(nproc)"
HOST="$(hostname -s)"
PIDS=()
cleanup() {
  # The daemons started here, by their ids; slurmctld saves its state before it goes.
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for _ in $(seq 1 20); do
    alive=0
    for p in "${PIDS[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ "$alive" -eq 0 ] && break
    sleep 0.5
  done
}
trap cleanup EXIT

# munge: a key of its own and a daemon on its own socket.
MUNGE_SOCKET="$WORK/run/munge.socket"
dd if=/dev/urandom bs=1 count=1024 of="$CONF/munge.key" status=none
chmod 400 "$CONF/munge.key"
munged --force --key-file="$CONF/munge.key" --socket="$MUNGE_SOCKET" --pid-file="$WORK/run/munged.pid" --log-file="$WORK/log/munged.log" --seed-file="$WORK/run/munge.seed" || skip "munged would not start"
PIDS+=("$(cat "$WORK/run/munged.pid")")

cat >"$CONF/slurm.conf" <<EOF
ClusterName=icsimcheck
SlurmctldHost=$HOST
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$MUNGE_SOCKET
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
SlurmctldPort=16817
SlurmdPort=16818
StateSaveLocation=$WORK/spool/ctld
SlurmdSpoolDir=$WORK/spool/d
SlurmctldPidFile=$WORK/run/slurmctld.pid
SlurmdPidFile=$WORK/run/slurmd.pid
SlurmctldLogFile=$WORK/log/slurmctld.log
SlurmdLogFile=$WORK/log/slurmd.log
JobCompType=jobcomp/none
MpiDefault=none
NodeName=$HOST CPUs=$CPUS State=UNKNOWN
PartitionName=check Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$CONF/slurm.conf"
slurmctld -f "$SLURM_CONF" -i || skip "slurmctld would not start (see $WORK/log/slurmctld.log)"
sleep 1
PIDS+=("$(cat "$WORK/run/slurmctld.pid")")
slurmd -f "$SLURM_CONF" || skip "slurmd would not start (see $WORK/log/slurmd.log)"
sleep 1
PIDS+=("$(cat "$WORK/run/slurmd.pid")")
for _ in $(seq 1 30); do
  sinfo -h -o %t 2>/dev/null | grep -qE '^(idle|mix|alloc)' && break
  sleep 1
done
sinfo -h -o %t | grep -qE '^(idle|mix|alloc)' || skip "the node did not come up ($(sinfo -h -o %t 2>&1))"

# The submit directory: the repository's CLI and models, and the page's two scripts.
SUBMIT="$WORK/submit"
mkdir -p "$SUBMIT/logs"
for d in bin dist-node models node_modules; do ln -s "$ROOT/$d" "$SUBMIT/$d"; done
extract() { awk -v f="\`$1\`:" '$0==f {grab=1; next} grab && /^```bash$/ {inside=1; next} inside && /^```$/ {exit} inside {print}' "$ROOT/docs/CLUSTER.md"; }
# A pause before the sweep leaves time to cancel a task while it runs.
extract sweep.sbatch | sed 's/--reps 500/--reps 1 --years 1/; s/^#SBATCH --cpus-per-task=8/#SBATCH --cpus-per-task=1/; s/^#SBATCH --mem=.*//; s/^mkdir -p results$/mkdir -p results; sleep "${ICSIM_CHECK_PAUSE:-0}"/' >"$SUBMIT/sweep.sbatch"
extract merge.sbatch | sed 's/^#SBATCH --mem=.*//' >"$SUBMIT/merge.sbatch"
grep -q 'node bin/icsim.mjs sweep' "$SUBMIT/sweep.sbatch" || { echo "slurm-check: FAILED: no sweep.sbatch found in docs/CLUSTER.md"; exit 1; }
cd "$SUBMIT"

wait_job() {
  for _ in $(seq 1 600); do
    [ -z "$(squeue -h -j "$1" 2>/dev/null)" ] && return 0
    sleep 1
  done
  echo "slurm-check: FAILED: job $1 did not finish in 10 minutes"
  exit 1
}

echo "slurm-check: submitting the array job and the merge after it, as the page says"
jobid="$(ICSIM_CHECK_PAUSE=4 sbatch --parsable --export=ALL,ICSIM_CHECK_PAUSE=4 sweep.sbatch)"
mergeid="$(sbatch --parsable --dependency=afterok:"$jobid" merge.sbatch)"
# Cancel task 3 while it runs (scancel reaches node, which runs in the task itself).
for _ in $(seq 1 30); do
  [ "$(squeue -h -j "${jobid}_3" -o %T 2>/dev/null)" = "RUNNING" ] && break
  sleep 0.5
done
scancel "${jobid}_3"
wait_job "$jobid"
for i in 0 1 2 4 5 6 7 8 9; do
  [ -s "results/shard-$i.ndjson" ] || { echo "slurm-check: FAILED: shard $i missing"; cat logs/*.out; exit 1; }
done
reason="$(squeue -h -j "$mergeid" -o %r 2>/dev/null || true)"
echo "slurm-check: task 3 cancelled; the merge job waits with reason: ${reason:-(gone)}"
[ -n "$reason" ] || { echo "slurm-check: FAILED: the merge job ran or vanished after a failed task"; exit 1; }

echo "slurm-check: recovering as the page says: cancel the merge, resubmit index 3 alone, merge after it"
scancel "$mergeid"
rerun="$(sbatch --parsable --array=3 sweep.sbatch)"
mergeid="$(sbatch --parsable --dependency=afterok:"$rerun" merge.sbatch)"
wait_job "$rerun"
wait_job "$mergeid"
[ -s results/sweep.ndjson ] || { echo "slurm-check: FAILED: no merged file"; cat logs/*.out; exit 1; }

ICSIM_SINGLE_THREADED=0 node bin/icsim.mjs sweep models/carlisle-options.json \
  --variant status-quo-plus --variant practices-employ --variant community-ft \
  --vary allocation.growthRate=0.01:0.04:0.01 --reps 1 --years 1 --seed 2024 \
  --workers 1 --quiet --out "$WORK/whole.ndjson" >/dev/null
if cmp -s results/sweep.ndjson "$WORK/whole.ndjson"; then
  echo "slurm-check: passed: the merged file of the array job, with index 3 cancelled and resubmitted alone, equals the unsharded sweep ($(($(wc -l <results/sweep.ndjson) - 1)) runs)"
else
  echo "slurm-check: FAILED: the merged file differs from the unsharded sweep"
  exit 1
fi
