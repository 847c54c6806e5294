# What the code defines is read from definitions/, written by org.openluna.lambda.InfraDefinitions
# and checked against the code by the tests: routes, group permissions, tables, queues, buckets.
locals {
  routes  = jsondecode(file("${path.module}/definitions/routes.json"))
  groups  = jsondecode(file("${path.module}/definitions/groups.json"))
  tables  = { for table in jsondecode(file("${path.module}/definitions/tables.json")) : table.name => table }
  queues  = { for queue in jsondecode(file("${path.module}/definitions/queues.json")) : queue.name => queue }
  buckets = toset(jsondecode(file("${path.module}/definitions/buckets.json")))

  dead_letter_queues = { for name, queue in local.queues : queue.dead_letter_queue => queue if queue.dead_letter_queue != null }

  service_namespace = "${trimsuffix(var.resource_prefix, "-")}.internal"
  services = {
    inference_url = "http://inference.${local.service_namespace}:5200"
    matcher_url   = "http://matcher.${local.service_namespace}:5300"
    sender_url    = "ws://sender.${local.service_namespace}:5080"
    # the clips of /6/videosdk are analysed there
    stream_processor_url = "http://stream-processor.${local.service_namespace}:5400"
  }

  # the variables every function of the platform reads (Spring and Micronaut both take these names)
  common_environment = {
    LUNA_RESOURCE_PREFIX               = var.resource_prefix
    LUNA_AWS_REGION                    = var.region
    LUNA_AUTH_TOKEN_SECRET             = var.token_secret
    LUNA_SERVICES_INFERENCE_URL        = local.services.inference_url
    LUNA_SERVICES_MATCHER_URL          = local.services.matcher_url
    LUNA_SERVICES_SENDER_URL           = local.services.sender_url
    LUNA_SERVICES_STREAM_PROCESSOR_URL = local.services.stream_processor_url
  }
}
