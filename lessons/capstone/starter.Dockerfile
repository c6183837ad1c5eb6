FROM python:3.12
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y build-essential
RUN pip install -r requirements.txt
RUN rm -rf /var/lib/apt/lists/* /root/.cache/pip
EXPOSE 8000
CMD gunicorn --bind 0.0.0.0:8000 app:app
