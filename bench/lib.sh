# Helpers shared by bench/run.sh and bench/soak.sh (sourced, not run).

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pick_port [PORT]: prints PORT if it is free (fails if it is not), or with no PORT a free loopback port.
pick_port() {
  if [ -n "${1:-}" ]; then
    port_free "$1" && echo "$1"
    return
  fi
  local port
  while :; do port=$((20000 + RANDOM % 20000)); port_free "$port" && break; done
  echo "$port"
}

# proc_kb FIELD: a field of /proc/$APP_PID/status in kB (VmRSS, VmHWM), without forking: cheap enough
# for a sampler every 100 ms.
proc_kb() {
  local k v _
  while read -r k v _; do [ "$k" = "$1:" ] && { echo "$v"; return; }; done <"/proc/$APP_PID/status"
}
