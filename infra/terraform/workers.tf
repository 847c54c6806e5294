# The queues' functions (ADR 0018, ADR 0020): Micronaut handlers of the workers artifact, fed by event
# source mappings with the batch size and partial batch failures of each queue's spec. The callbacks and
# event-writes functions run outside the VPC: the callbacks function then cannot reach the platform's own
# services whatever a callback's url says, and the event writer needs only DynamoDB and S3. The task
# functions run inside it, since a cross-match searches the matcher service.
locals {
  # both task functions read tasks and faces, write them and the lists they link, store results and queue subtasks
  task_worker_statements = [{
    Sid    = "Tasks"
    Effect = "Allow"
    Action = ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
    "dynamodb:BatchWriteItem", "dynamodb:TransactWriteItems", "dynamodb:ConditionCheckItem"]
    Resource = flatten([for table in ["tasks", "faces", "lists", "list-faces", "attributes", "events"] :
    [local.table_arns[table], "${local.table_arns[table]}/index/*"]])
    }, {
    # an estimator task's token, and the handler of its own policies, made by its plan and removed when it ends (ADR 0022)
    Sid      = "EstimatorTokens"
    Effect   = "Allow"
    Action   = ["dynamodb:PutItem", "dynamodb:DeleteItem"]
    Resource = [local.table_arns["tokens"], local.table_arns["handlers"]]
    }, {
    # results (an export's ZIP as a multipart upload), and an estimator's images, kept for its parts and removed when it ends
    Sid      = "Results"
    Effect   = "Allow"
    Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"]
    Resource = ["${local.bucket_arns["task-results"]}/*"]
    }, {
    Sid      = "EventBodies"
    Effect   = "Allow"
    Action   = ["s3:GetObject", "s3:DeleteObject"]
    Resource = ["${local.bucket_arns["event-bodies"]}/*"]
    }, {
    # a gc's remove_samples and remove_image_origins
    Sid      = "GcLeftovers"
    Effect   = "Allow"
    Action   = ["s3:GetObject", "s3:DeleteObject"]
    Resource = [for bucket in ["face-samples", "body-samples", "images"] : "${local.bucket_arns[bucket]}/*"]
    }, {
    Sid      = "SubtasksAndNotifications"
    Effect   = "Allow"
    Action   = ["sqs:SendMessage", "sqs:GetQueueUrl"]
    Resource = [local.queue_arns["subtasks"], local.queue_arns["callbacks"]]
  }]

  workers = {
    "event-writes" = {
      handler = "org.openluna.workers.EventWritesFunction"
      statements = [{
        Sid      = "WriteEvents"
        Effect   = "Allow"
        Action   = ["dynamodb:PutItem", "dynamodb:BatchWriteItem"]
        Resource = [local.table_arns["events"]]
        }, {
        Sid      = "EventBodies"
        Effect   = "Allow"
        Action   = ["s3:PutObject"]
        Resource = ["${local.bucket_arns["event-bodies"]}/*"]
      }]
      environment = {}
      in_vpc      = false
    }
    # an estimator's parts post their images to the platform's own API (ADR 0022)
    "tasks" = {
      handler     = "org.openluna.workers.TasksFunction"
      statements  = local.task_worker_statements
      environment = { LUNA_API_URL = aws_apigatewayv2_api.http.api_endpoint }
      in_vpc      = true
    }
    "subtasks" = {
      handler     = "org.openluna.workers.SubtasksFunction"
      statements  = local.task_worker_statements
      environment = { LUNA_API_URL = aws_apigatewayv2_api.http.api_endpoint }
      in_vpc      = true
    }
    "callbacks" = {
      handler = "org.openluna.workers.CallbacksFunction"
      statements = [{
        Sid      = "RetrySooner"
        Effect   = "Allow"
        Action   = ["sqs:ChangeMessageVisibility", "sqs:GetQueueUrl"]
        Resource = [local.queue_arns["callbacks"]]
      }]
      environment = { LUNA_CALLBACKS_PRIVATE_NETWORKS = "false" }
      in_vpc      = false
    }
  }
}

resource "aws_iam_role" "worker" {
  for_each           = local.workers
  name               = "${var.resource_prefix}${each.key}-worker"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_iam_role_policy" "worker" {
  for_each = local.workers
  name     = "${var.resource_prefix}${each.key}-worker"
  role     = aws_iam_role.worker[each.key].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = concat(each.value.statements, [{
      Sid      = "TakeFromQueue"
      Effect   = "Allow"
      Action   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
      Resource = [local.queue_arns[each.key]]
      }, {
      Sid      = "PlatformKey"
      Effect   = "Allow"
      Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
      Resource = [aws_kms_key.platform.arn]
    }])
  })
}

resource "aws_iam_role_policy_attachment" "worker_logs" {
  for_each   = local.workers
  role       = aws_iam_role.worker[each.key].name
  policy_arn = each.value.in_vpc ? "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole" : "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_cloudwatch_log_group" "worker" {
  for_each          = local.workers
  name              = "/aws/lambda/${var.resource_prefix}${each.key}-worker"
  retention_in_days = var.log_retention_days
}

resource "aws_lambda_function" "worker" {
  for_each      = local.workers
  function_name = "${var.resource_prefix}${each.key}-worker"
  role          = aws_iam_role.worker[each.key].arn
  runtime       = "java21"
  architectures = ["x86_64"]
  handler       = each.value.handler
  s3_bucket     = aws_s3_object.workers_zip.bucket
  s3_key        = aws_s3_object.workers_zip.key
  memory_size   = 512
  timeout       = local.queues[each.key].consumer_timeout_seconds
  kms_key_arn   = aws_kms_key.platform.arn

  environment {
    variables = merge(local.common_environment, each.value.environment)
  }

  dynamic "vpc_config" {
    for_each = each.value.in_vpc ? [1] : []
    content {
      subnet_ids         = var.private_subnet_ids
      security_group_ids = [aws_security_group.functions.id]
    }
  }

  depends_on = [aws_cloudwatch_log_group.worker, aws_iam_role_policy.worker]
}

resource "aws_lambda_event_source_mapping" "worker" {
  for_each                           = local.workers
  event_source_arn                   = local.queue_arns[each.key]
  function_name                      = aws_lambda_function.worker[each.key].arn
  batch_size                         = local.queues[each.key].batch_size
  maximum_batching_window_in_seconds = 1
  function_response_types            = ["ReportBatchItemFailures"]

  scaling_config {
    maximum_concurrency = 20
  }
}
