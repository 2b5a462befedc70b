package offline

import (
	"testing"
)

// Long jobs that groups submit to a fixed pool of GPU or CPU nodes, shared by fair share or
// quotas, are batch scheduling on a shared cluster in any domain (astronomy, animation, genomics,
// ML training, engineering simulation); container orchestration, CI build farms, cron and DAG
// pipelines keep their patterns.
func TestDetectBatchCluster(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"A radio telescope array of 64 antennas produces 3 TB of visibility data per night. Astronomers submit processing jobs (calibration, imaging) that run 2-20 hours on GPU nodes. We have a 40-node cluster, need fair-share scheduling across 6 research groups, and a 5 PB data archive.", []string{"batchhpc"}, []string{"generic", "iot"}},
		{"Our animation studio has a render farm of 250 machines; artists from 5 departments submit render jobs that take 1 to 12 hours per frame batch, and each department gets a fair share of the farm", []string{"batchhpc"}, []string{"cicd", "media"}},
		{"A university genomics core runs sequence alignment jobs for 30 labs on a 90-node CPU cluster; each lab has a quota of core hours a month and a job takes 4 to 36 hours", []string{"batchhpc"}, []string{"generic"}},
		{"Eight research teams share 48 GPUs for model training; researchers queue training jobs that run for days, jobs must be checkpointed and preempted by priority, and no team may hog the cluster", []string{"batchhpc"}, []string{"orchestrator", "inference"}},
		{"An engineering firm runs crash simulations overnight on a 200-node HPC cluster; 12 project teams submit simulation jobs of 6-18 hours and quotas follow each project's budget", []string{"batchhpc"}, []string{"generic"}},
		{"Design Kubernetes", nil, []string{"batchhpc"}},
		{"a platform where git webhooks trigger pipelines, jobs run in isolated VMs and artifacts are stored for 90 days", nil, []string{"batchhpc"}},
		{"run millions of scheduled jobs at their due time with retries", nil, []string{"batchhpc"}},
		{"a recruiting site where 2,000 companies post jobs and candidates apply", nil, []string{"batchhpc"}},
	})
}
