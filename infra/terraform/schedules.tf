# Task schedules (ADR 0021): EventBridge Scheduler invokes the schedules function every minute, and the
# function starts the task of each running schedule whose next run has come. One tick for every
# schedule, rather than one EventBridge schedule each, keeps the schedules in DynamoDB only: a schedule
# replaced, paused or deleted through the API changes nothing here.
resource "aws_iam_role" "schedules_worker" {
  name               = "${var.resource_prefix}schedules-worker"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_iam_role_policy" "schedules_worker" {
  name = "${var.resource_prefix}schedules-worker"
  role = aws_iam_role.schedules_worker.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "DueSchedules"
      Effect   = "Allow"
      Action   = ["dynamodb:Query", "dynamodb:GetItem", "dynamodb:UpdateItem"]
      Resource = [local.table_arns["schedules"], "${local.table_arns["schedules"]}/index/*"]
      }, {
      # a run's task id comes from the tasks table's counters, and the task is written with the run
      Sid      = "ScheduledTasks"
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:ConditionCheckItem"]
      Resource = [local.table_arns["tasks"]]
      }, {
      Sid      = "PlanTasks"
      Effect   = "Allow"
      Action   = ["sqs:SendMessage", "sqs:GetQueueUrl"]
      Resource = [local.queue_arns["tasks"]]
      }, {
      Sid      = "PlatformKey"
      Effect   = "Allow"
      Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
      Resource = [aws_kms_key.platform.arn]
    }]
  })
}

resource "aws_iam_role_policy_attachment" "schedules_worker_logs" {
  role       = aws_iam_role.schedules_worker.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_cloudwatch_log_group" "schedules_worker" {
  name              = "/aws/lambda/${var.resource_prefix}schedules-worker"
  retention_in_days = var.log_retention_days
}

resource "aws_lambda_function" "schedules_worker" {
  function_name = "${var.resource_prefix}schedules-worker"
  role          = aws_iam_role.schedules_worker.arn
  runtime       = "java21"
  architectures = ["x86_64"]
  handler       = "org.openluna.workers.SchedulesFunction"
  s3_bucket     = aws_s3_object.workers_zip.bucket
  s3_key        = aws_s3_object.workers_zip.key
  memory_size   = 512
  timeout       = 60
  kms_key_arn   = aws_kms_key.platform.arn

  environment {
    variables = local.common_environment
  }

  depends_on = [aws_cloudwatch_log_group.schedules_worker, aws_iam_role_policy.schedules_worker]
}

data "aws_iam_policy_document" "scheduler_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "schedules_tick" {
  name               = "${var.resource_prefix}schedules-tick"
  assume_role_policy = data.aws_iam_policy_document.scheduler_assume.json
}

resource "aws_iam_role_policy" "schedules_tick" {
  name = "${var.resource_prefix}schedules-tick"
  role = aws_iam_role.schedules_tick.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "Tick"
      Effect   = "Allow"
      Action   = ["lambda:InvokeFunction"]
      Resource = [aws_lambda_function.schedules_worker.arn]
    }]
  })
}

resource "aws_scheduler_schedule" "schedules_tick" {
  name                = "${var.resource_prefix}schedules-tick"
  schedule_expression = "rate(1 minute)"
  description         = "Starts the tasks of the task schedules due (ADR 0021)"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_lambda_function.schedules_worker.arn
    role_arn = aws_iam_role.schedules_tick.arn
    input    = jsonencode({})

    # a missed tick is made up by the next one: the due schedules are still due
    retry_policy {
      maximum_retry_attempts = 0
    }
  }
}
