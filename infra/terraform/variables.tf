variable "region" {
  description = "The AWS region everything is made in."
  type        = string
  default     = "us-east-1"
}

variable "resource_prefix" {
  description = "Prefix of every name (tables, buckets, queues, functions). Bucket names are global to all of S3, so make it yours: acme-luna-."
  type        = string
  default     = "luna-"
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = { project = "open-luna" }
}

variable "lambda_zip" {
  description = "The API functions' artifact: lambda/target/luna-lambda.zip after `mvn -DskipTests install`."
  type        = string
  default     = "../../lambda/target/luna-lambda.zip"
}

variable "workers_zip" {
  description = "The queue workers' artifact: workers/target/luna-workers.zip after `mvn -DskipTests install`."
  type        = string
  default     = "../../workers/target/luna-workers.zip"
}

variable "function_memory_mb" {
  description = "Memory of each API group's function; CPU grows with it."
  type        = number
  default     = 1024
}

variable "function_timeout_seconds" {
  description = "Time limit of an API call's function. API Gateway itself gives up after 30 seconds."
  type        = number
  default     = 30
}

variable "snap_start" {
  description = "Whether the API functions start from a SnapStart snapshot (primed by SnapStartPriming)."
  type        = bool
  default     = true
}

variable "token_secret" {
  description = "HMAC key of tokens, sessions and queue seals: at least 32 random bytes, e.g. `openssl rand -hex 32`."
  type        = string
  sensitive   = true
}

variable "admin_login" {
  description = "Login of the admin account the accounts function creates at its first start."
  type        = string
}

variable "admin_password" {
  description = "Password of that admin account. There is no default."
  type        = string
  sensitive   = true
}

variable "vpc_id" {
  description = "The VPC the services and the API functions run in."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets (with a NAT gateway) for the functions and the services."
  type        = list(string)
}

variable "public_subnet_ids" {
  description = "Public subnets for the Sender's load balancer."
  type        = list(string)
}

variable "inference_image" {
  description = "Container image of the inference service (CUDA build), pushed to a registry the account can pull from."
  type        = string
}

variable "matcher_image" {
  description = "Container image of the matcher service."
  type        = string
}

variable "sender_image" {
  description = "Container image of the Sender."
  type        = string
}

variable "inference_instance_type" {
  description = "GPU instance type the inference service runs on."
  type        = string
  default     = "g5.xlarge"
}

variable "inference_count" {
  description = "How many inference service tasks (one GPU each) run."
  type        = number
  default     = 1
}

variable "matcher_memory_mb" {
  description = "Memory of the matcher task: every descriptor lives in it (about 1.1 KiB per face)."
  type        = number
  default     = 8192
}

variable "log_retention_days" {
  description = "How long function and service logs are kept."
  type        = number
  default     = 30
}

variable "alarm_email" {
  description = "Where alarms (dead letters, function errors) are mailed; empty for none."
  type        = string
  default     = ""
}

variable "ws_image" {
  description = "Container image of the /6/ws relay: the functions application with the web server on (LUNA_FUNCTION_GROUPS=ws)."
  type        = string
}

variable "ws_count" {
  description = "How many /6/ws relay tasks run behind the load balancer."
  type        = number
  default     = 1
}

variable "ws_certificate_arn" {
  description = "ACM certificate of the host name clients open /6/ws on."
  type        = string
}

variable "stream_processor_image" {
  description = "Container image of the stream processor (module stream-processor, main class org.openluna.streams.processor.StreamProcessorServer)."
  type        = string
}

variable "stream_processor_count" {
  description = "How many stream processor tasks run; with 2 or more, a dead task's streams are taken up by another once their leases lapse."
  type        = number
  default     = 2
}

variable "stream_sources_on_private_networks" {
  description = "Whether streams may read cameras on private addresses (reached through the VPC, a VPN or Direct Connect); never the platform's own services or link-local addresses."
  type        = bool
  default     = false
}

variable "stream_processor_streams_per_task" {
  description = "The most streams one stream processor task runs at once; size its CPU and memory with it."
  type        = number
  default     = 4
}

variable "stream_processor_cpu" {
  description = "CPU units of a stream processor task (1024 a vCPU): the default gives each of its 4 streams one vCPU to decode on."
  type        = number
  default     = 4096
}

variable "stream_processor_memory_mb" {
  description = "Memory of a stream processor task; a valid Fargate size for its CPU (4 vCPU: 8192 to 30720)."
  type        = number
  default     = 8192
}
