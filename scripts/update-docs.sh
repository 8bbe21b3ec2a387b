#!/usr/bin/env sh
# Rewrites the output blocks of every `$ ./cambrian ...` example in README.md and docs/*.md from the real
# output of the built distribution (DocExamplesIT in update mode), then checks them. Read the diff before
# committing: a changed figure should be one you meant to change.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -pl distribution -am verify -Dcambrian.docs.update=true \
  -Dtest='DocExamplesTest' -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DocExamplesIT -Dfailsafe.failIfNoSpecifiedTests=false "$@"
git --no-pager diff --stat -- README.md docs
