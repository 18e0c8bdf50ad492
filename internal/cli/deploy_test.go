package cli

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// The parts of a Kubernetes manifest the CronJob test reads.
type k8sObject struct {
	Kind     string `yaml:"kind"`
	Metadata struct {
		Name string `yaml:"name"`
	} `yaml:"metadata"`
	Spec struct {
		ConcurrencyPolicy string `yaml:"concurrencyPolicy"`
		JobTemplate       struct {
			Spec struct {
				BackoffLimit     *int `yaml:"backoffLimit"`
				PodFailurePolicy struct {
					Rules []struct {
						Action      string `yaml:"action"`
						OnExitCodes *struct {
							ContainerName string `yaml:"containerName"`
							Operator      string `yaml:"operator"`
							Values        []int  `yaml:"values"`
						} `yaml:"onExitCodes"`
					} `yaml:"rules"`
				} `yaml:"podFailurePolicy"`
				Template struct {
					Spec podSpec `yaml:"spec"`
				} `yaml:"template"`
			} `yaml:"spec"`
		} `yaml:"jobTemplate"`
	} `yaml:"spec"`
}

type podSpec struct {
	RestartPolicy string `yaml:"restartPolicy"`
	Containers    []struct {
		Name    string   `yaml:"name"`
		Command []string `yaml:"command"`
		Args    []string `yaml:"args"`
		Env     []struct {
			Name      string  `yaml:"name"`
			Value     *string `yaml:"value"`
			ValueFrom struct {
				SecretKeyRef *struct {
					Name string `yaml:"name"`
					Key  string `yaml:"key"`
				} `yaml:"secretKeyRef"`
			} `yaml:"valueFrom"`
		} `yaml:"env"`
		VolumeMounts []struct {
			Name      string `yaml:"name"`
			MountPath string `yaml:"mountPath"`
			SubPath   string `yaml:"subPath"`
		} `yaml:"volumeMounts"`
	} `yaml:"containers"`
	Volumes []struct {
		Name      string    `yaml:"name"`
		ConfigMap *struct{} `yaml:"configMap"`
		Secret    *struct{} `yaml:"secret"`
	} `yaml:"volumes"`
}

// readManifests reads every document of a multi-document YAML file.
func readManifests(t *testing.T, path string) []k8sObject {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var out []k8sObject
	for {
		var o k8sObject
		err := dec.Decode(&o)
		if errors.Is(err, io.EOF) {
			return out
		}
		require.NoError(t, err, path)
		if o.Kind != "" {
			out = append(out, o)
		}
	}
}

// envRecorder is a getenv that answers from a map and records every name
// asked for.
type envRecorder struct {
	mu     sync.Mutex
	values map[string]string
	asked  map[string]bool
}

func (e *envRecorder) getenv(name string) string {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.asked[name] = true
	return e.values[name]
}

// TestCronJobExample runs the example CronJob's command as its pod would:
// its arguments, its environment (the Secret's values are the test's
// databases and secret), its volumes (temporary directories at their mount
// paths), against a real PostgreSQL. Every flag it passes must exist,
// every variable it sets must be one understudy reads, and the refresh
// must succeed, leaving the metrics file and a signed record where the
// example says. The Job's failure policy must end it at once on exit 3
// (the lock held), 2 and 4, and never treat an exit code with Ignore
// (which would start a new pod at once, forever).
func TestCronJobExample(t *testing.T) {
	t.Parallel()
	objects := readManifests(t, filepath.Join(pgtest.RepoRoot(), "deploy", "kubernetes", "cronjob.yaml"))
	var cj *k8sObject
	for i := range objects {
		if objects[i].Kind == "CronJob" {
			require.Nil(t, cj, "one CronJob")
			cj = &objects[i]
		}
	}
	require.NotNil(t, cj, "the example holds a CronJob")
	require.Equal(t, "Forbid", cj.Spec.ConcurrencyPolicy)
	job := cj.Spec.JobTemplate.Spec
	require.NotNil(t, job.BackoffLimit)
	pod := job.Template.Spec
	require.Equal(t, "Never", pod.RestartPolicy, "podFailurePolicy needs restartPolicy: Never")
	require.Len(t, pod.Containers, 1)
	c := pod.Containers[0]
	require.Empty(t, c.Command, "the image's entrypoint is understudy: the example passes args only")

	failJob := map[int]bool{}
	for _, r := range job.PodFailurePolicy.Rules {
		if r.OnExitCodes == nil {
			continue
		}
		require.Equal(t, c.Name, r.OnExitCodes.ContainerName)
		require.Equal(t, "In", r.OnExitCodes.Operator)
		require.NotEqual(t, "Ignore", r.Action, "Ignore on an exit code starts a new pod at once, again and again")
		if r.Action == "FailJob" {
			for _, v := range r.OnExitCodes.Values {
				failJob[v] = true
			}
		}
	}
	require.Equal(t, map[int]bool{ExitLocked: true, ExitUsage: true, ExitCheckFailed: true}, failJob,
		"the lock held, a usage error and a failed verification end the Job without retries")

	// Every flag exists and parses, on the command the example runs.
	root := (&app{stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}).rootCommand()
	cmd, rest, err := root.Find(c.Args)
	require.NoError(t, err)
	require.Equal(t, "run", cmd.Name())
	require.NoError(t, cmd.ParseFlags(rest), "every flag the CronJob passes exists: %v", c.Args)
	require.Empty(t, cmd.Flags().Args(), "no stray argument: %v", cmd.Flags().Args())

	// The pod's volumes, as temporary directories at their mount paths.
	r := newRefresh(t, pgtest.Acme("0.05"))
	root2 := t.TempDir()
	mounts := map[string]string{} // mount path -> local path
	volumes := map[string]string{}
	for _, v := range pod.Volumes {
		switch {
		case v.ConfigMap != nil:
			volumes[v.Name] = "configMap"
		case v.Secret != nil:
			volumes[v.Name] = "secret"
		}
	}
	for i, m := range c.VolumeMounts {
		local := filepath.Join(root2, "mount"+string(rune('a'+i)))
		if m.SubPath != "" {
			require.NoError(t, os.MkdirAll(local, 0o755))
			local = filepath.Join(local, m.SubPath)
		} else {
			require.NoError(t, os.MkdirAll(local, 0o755))
		}
		mounts[m.MountPath] = local
	}
	local := func(path string) string {
		var best string
		for mp := range mounts {
			if (path == mp || strings.HasPrefix(path, mp+"/")) && len(mp) > len(best) {
				best = mp
			}
		}
		require.NotEmpty(t, best, "%s is on no volume of the pod: the container's root file system is read-only", path)
		return mounts[best] + strings.TrimPrefix(path, best)
	}
	args := make([]string, len(c.Args))
	for i, a := range c.Args {
		args[i] = a
		if strings.HasPrefix(a, "/") {
			args[i] = local(a)
		}
	}
	flag := func(name string) string {
		v, err := cmd.Flags().GetString(name)
		require.NoError(t, err)
		require.NotEmpty(t, v, "the CronJob passes --%s", name)
		return v
	}
	// The rules file from the ConfigMap, as init writes it; the signing
	// key from its Secret.
	rulesPath := flag("config")
	rules := clitest.InitRules(t, Main, r.Src)
	data, err := os.ReadFile(rules)
	require.NoError(t, err)
	for _, line := range []string{"source: ${UNDERSTUDY_SOURCE_URL}", "target: ${UNDERSTUDY_TARGET_URL}", "secret: ${UNDERSTUDY_SECRET}"} {
		require.Contains(t, string(data), line, "the example's header quotes what init writes")
	}
	require.NoError(t, os.WriteFile(local(rulesPath), data, 0o644))
	keyPath := local(flag("sign-key"))
	keyOut := strings.TrimSuffix(keyPath, ".key")
	res := understudy(t, "keygen", "--out", keyOut)
	require.Equal(t, 0, res.Code, res.Stderr)
	require.NoError(t, os.Chmod(keyPath, 0o440), "as the Secret's defaultMode gives it")

	// The environment, from the Secret: the test's databases and secret.
	fromSecret := map[string]string{"source-url": r.Src, "target-url": r.Tgt, "masking-secret": clitest.Secret}
	env := &envRecorder{values: map[string]string{}, asked: map[string]bool{}}
	var names []string
	for _, e := range c.Env {
		require.Nil(t, e.Value, "%s comes from a Secret, not the manifest", e.Name)
		ref := e.ValueFrom.SecretKeyRef
		require.NotNil(t, ref, "%s comes from a Secret", e.Name)
		v, ok := fromSecret[ref.Key]
		require.True(t, ok, "%s reads key %q of Secret %s, which the example's header does not create", e.Name, ref.Key, ref.Name)
		env.values[e.Name] = v
		names = append(names, e.Name)
	}
	sort.Strings(names)
	require.Equal(t, []string{EnvSecret, EnvSource, EnvTarget}, names)

	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, &app{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: env.getenv})
	require.Equal(t, 0, code, stderr.String())
	for _, n := range names {
		require.True(t, env.asked[n], "understudy read %s, which the CronJob sets", n)
	}

	// What the example promises: the metrics file on the shared volume and
	// a signed record in the audit trail, which holds.
	require.FileExists(t, local(flag("metrics-file")))
	records, err := filepath.Glob(filepath.Join(local(flag("report-dir")), "run-*.record.json"))
	require.NoError(t, err)
	require.Len(t, records, 1)
	res = understudy(t, "check-record", "--public-key", keyOut+".pub", records[0])
	require.Equal(t, 0, res.Code, res.Stderr)
}
